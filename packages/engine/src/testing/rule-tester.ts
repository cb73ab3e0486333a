import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.ts";
import { malvernPolicy } from "../policy/malvern.ts";
import type { RuleSetting } from "../policy/pack.ts";
import type { Rule } from "../rule.ts";
import type { EngineContext, Finding, MediaItem, Severity, TextKind } from "../types.ts";

/**
 * ESLint-style table tests for one rule: `valid` texts raise nothing, each `invalid` text
 * raises exactly the listed findings, in order, with their messages, spans and clauses.
 */
export interface CaseInput {
  text: string;
  kind?: TextKind;
  media?: MediaItem[];
  context?: EngineContext;
  /** Why the case is here, shown in the test name. */
  name?: string;
  /** The rule's pack setting for this case (severity, options), e.g. to switch on an off-by-default rule. */
  setting?: RuleSetting;
}

export interface ExpectedFinding {
  /** The exact message, or a substring of it. */
  message?: string;
  messageIncludes?: string;
  /** The exact text the span covers... */
  spanText?: string;
  /** ...or the exact span. */
  span?: { start: number; end: number };
  /** Set to true when the finding is about the whole text and has no span. */
  noSpan?: true;
  dataType?: string;
  severity?: Severity;
  suggestion?: string;
}

export interface RuleTable {
  valid: (string | CaseInput)[];
  invalid: (CaseInput & { errors: ExpectedFinding[] })[];
}

const FIXED_NOW = "2026-06-01T12:00:00Z";

function runOne(rule: Rule, c: CaseInput): Finding[] {
  const engine = createEngine({
    policy: {
      ...malvernPolicy,
      defaults: { enabled: false },
      rules: { [rule.meta.id]: { ...c.setting, enabled: true } },
    },
    context: { now: FIXED_NOW, ...c.context },
    rules: [rule],
  });
  return engine.screen({ text: c.text, kind: c.kind ?? "post", media: c.media ?? [] }).findings;
}

function label(c: CaseInput): string {
  const shown = c.text.length > 70 ? `${c.text.slice(0, 67)}...` : c.text;
  return `${c.name ? `${c.name}: ` : ""}${JSON.stringify(shown)}${c.kind ? ` (${c.kind})` : ""}`;
}

export class RuleTester {
  run(rule: Rule, table: RuleTable): void {
    describe(rule.meta.id, () => {
      it("has clauses, messages and a description", () => {
        expect(rule.meta.clauses.length).toBeGreaterThan(0);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        expect(rule.meta.description.length).toBeGreaterThan(10);
      });
      it("has valid and invalid cases", () => {
        expect(table.valid.length).toBeGreaterThan(0);
        expect(table.invalid.length).toBeGreaterThan(0);
      });
      for (const v of table.valid) {
        const c = typeof v === "string" ? { text: v } : v;
        it(`valid ${label(c)}`, () => {
          const findings = runOne(rule, c);
          expect(
            findings.map((f) => ({
              message: f.message,
              span: f.span && c.text.slice(f.span.start, f.span.end),
            })),
          ).toEqual([]);
        });
      }
      for (const c of table.invalid) {
        it(`invalid ${label(c)}`, () => {
          const findings = runOne(rule, c);
          expect(
            findings.length,
            JSON.stringify(
              findings.map((f) => [f.message, f.span && c.text.slice(f.span.start, f.span.end)]),
            ),
          ).toBe(c.errors.length);
          c.errors.forEach((e, i) => {
            const f = findings[i]!;
            expect(f.ruleId).toBe(rule.meta.id);
            expect(f.clauses).toEqual(rule.meta.clauses);
            if (e.message !== undefined) expect(f.message).toBe(e.message);
            if (e.messageIncludes !== undefined) expect(f.message).toContain(e.messageIncludes);
            if (e.spanText !== undefined) {
              expect(f.span, "finding has a span").toBeDefined();
              expect(c.text.slice(f.span!.start, f.span!.end)).toBe(e.spanText);
            }
            if (e.span !== undefined) expect(f.span).toEqual(e.span);
            if (e.noSpan) expect(f.span).toBeUndefined();
            if (e.dataType !== undefined) expect(f.dataType).toBe(e.dataType);
            if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
            if (e.suggestion !== undefined) expect(f.suggestion).toBe(e.suggestion);
          });
        });
      }
    });
  }
}

export const ruleTester = new RuleTester();
