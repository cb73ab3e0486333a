import { z } from "zod";
import { SEVERITIES, TEXT_KINDS } from "../types.ts";

/**
 * A policy pack: a council's policy as data. Clauses give the citable ids; rules say which
 * checks run and how severe each is for each kind of text; lists hold the council's own words.
 */
const severityOrOff = z.enum([...SEVERITIES, "off"]);
const perKind = <T extends z.ZodType>(value: T) =>
  z.union([value, z.partialRecord(z.enum(TEXT_KINDS), value)]);

const thresholdsSchema = z
  .object({
    advice: z.number().min(0).max(1).optional(),
    approval: z.number().min(0).max(1).optional(),
    block: z.number().min(0).max(1).optional(),
  })
  .strict();

export const ruleSettingSchema = z
  .object({
    enabled: z.boolean().optional(),
    severity: perKind(severityOrOff).optional(),
    thresholds: perKind(thresholdsSchema).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
    /** Clause ids this council cites for the rule, replacing the rule's own. */
    clauses: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export const policyPackSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    version: z.string().min(1),
    clauses: z
      .array(
        z.object({ id: z.string().min(1), title: z.string().min(1), text: z.string().optional() }).strict(),
      )
      .min(1),
    /** Whether rules the pack does not name run at their default severities. */
    defaults: z.object({ enabled: z.boolean() }).strict().default({ enabled: true }),
    rules: z.record(z.string(), ruleSettingSchema).default({}),
    lists: z
      .object({
        allowDomains: z.array(z.string()).default([]),
        denyDomains: z.array(z.string()).default([]),
        /** Phrases the council never wants flagged (its own programme names, for example). */
        allowPhrases: z.array(z.string()).default([]),
        /** Phrases always flagged for approval. */
        denyPhrases: z.array(z.string()).default([]),
      })
      .strict()
      .default({ allowDomains: [], denyDomains: [], allowPhrases: [], denyPhrases: [] }),
  })
  .strict();

export type PolicyPackInput = z.input<typeof policyPackSchema>;
export type PolicyPack = z.output<typeof policyPackSchema>;
export type RuleSetting = z.output<typeof ruleSettingSchema>;

export class PolicyPackError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(
      `Invalid policy pack: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`,
    );
    this.name = "PolicyPackError";
    this.issues = issues;
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

/** Parses a pack from unknown data; throws PolicyPackError naming each problem and where it is. */
export function parsePolicyPack(data: unknown, knownRuleIds?: Iterable<string>): PolicyPack {
  const parsed = policyPackSchema.safeParse(data);
  if (!parsed.success) {
    throw new PolicyPackError(parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })));
  }
  const pack = parsed.data;
  const issues: { path: string; message: string }[] = [];
  const clauseIds = new Set<string>();
  pack.clauses.forEach((c, i) => {
    if (clauseIds.has(c.id))
      issues.push({ path: `clauses[${i}].id`, message: `duplicate clause id "${c.id}"` });
    clauseIds.add(c.id);
  });
  const known = knownRuleIds ? new Set(knownRuleIds) : undefined;
  for (const [ruleId, setting] of Object.entries(pack.rules)) {
    if (known && !known.has(ruleId)) {
      issues.push({ path: `rules.${ruleId}`, message: `unknown rule "${ruleId}"` });
    }
    setting.clauses?.forEach((c, i) => {
      if (!clauseIds.has(c)) {
        issues.push({
          path: `rules.${ruleId}.clauses[${i}]`,
          message: `clause "${c}" is not in the pack's clauses`,
        });
      }
    });
  }
  if (issues.length > 0) throw new PolicyPackError(issues);
  return pack;
}
