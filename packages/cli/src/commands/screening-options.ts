import { readFileSync } from "node:fs";
import { Option, type Command } from "commander";
import {
  createEngine,
  malvernPolicy,
  TEXT_KINDS,
  type Engine,
  type EngineContext,
  type TextKind,
} from "@postwarden/engine";
import { loadPolicyPackFile } from "../policy-file.ts";

/** Options that `check` and `scan` share: which pack, which kind of text, what the deployment knows. */
export interface ScreeningOptions {
  policy?: string;
  kind: TextKind;
  staff?: string;
  electionOpen?: boolean;
  context?: string;
}

/** A problem with the command line or a file it names; reported as a usage error (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function addScreeningOptions(command: Command): Command {
  return command
    .option("--policy <file>", "a council's own policy pack (JSON) instead of the Malvern pack")
    .addOption(new Option("--kind <kind>", "kind of text").choices([...TEXT_KINDS]).default("post"))
    .option("--staff <names>", 'comma-separated staff names, e.g. "Jane Smith,Ali Khan"')
    .option("--election-open", "screen as if an election period is open now")
    .option("--context <file>", "a JSON file holding an EngineContext (staff, elections, domains)");
}

const STRING_LIST_KEYS = ["staffNames", "candidates", "allowDomains", "denyDomains"] as const;

/** Reads and checks an EngineContext file; the shape is small enough to check by hand. */
export function loadContextFile(path: string): EngineContext {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new UsageError(`context file ${path}: ${(err as Error).message.split("\n")[0]}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UsageError(`context file ${path}: expected a JSON object`);
  }
  const ctx = data as Record<string, unknown>;
  for (const key of STRING_LIST_KEYS) {
    const value = ctx[key];
    if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === "string"))) {
      throw new UsageError(`context file ${path}: ${key} must be a list of strings`);
    }
  }
  const periods = ctx.electionPeriods;
  if (periods !== undefined) {
    if (!Array.isArray(periods)) throw new UsageError(`context file ${path}: electionPeriods must be a list`);
    periods.forEach((p: unknown, i) => {
      const period = p as Record<string, unknown> | null;
      for (const field of ["name", "start", "end"]) {
        if (typeof period?.[field] !== "string") {
          throw new UsageError(`context file ${path}: electionPeriods[${i}].${field} must be a string`);
        }
      }
      for (const field of ["start", "end"]) {
        if (Number.isNaN(new Date(period![field] as string).getTime())) {
          throw new UsageError(`context file ${path}: electionPeriods[${i}].${field} is not a date`);
        }
      }
    });
  }
  if (ctx.now !== undefined && (typeof ctx.now !== "string" || Number.isNaN(new Date(ctx.now).getTime()))) {
    throw new UsageError(`context file ${path}: now must be an ISO date`);
  }
  return ctx as EngineContext;
}

export function parseStaffList(value: string): string[] {
  return value
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Merges the context file with the convenience flags; flags add to what the file says. */
export function buildContext(options: ScreeningOptions, now = new Date()): EngineContext {
  const context: EngineContext = options.context ? { ...loadContextFile(options.context) } : {};
  if (options.staff !== undefined) {
    const staff = parseStaffList(options.staff);
    if (staff.length === 0) throw new UsageError("--staff needs at least one name");
    context.staffNames = [...(context.staffNames ?? []), ...staff];
  }
  if (options.electionOpen) {
    const day = 24 * 60 * 60 * 1000;
    const at = context.now === undefined ? now : new Date(context.now);
    context.electionPeriods = [
      ...(context.electionPeriods ?? []),
      {
        name: "Election period (--election-open)",
        start: new Date(at.getTime() - day).toISOString(),
        end: new Date(at.getTime() + day).toISOString(),
      },
    ];
  }
  return context;
}

/** The engine for these options; policy file problems become usage errors. */
export function buildEngine(options: ScreeningOptions): Engine {
  const context = buildContext(options);
  if (!options.policy) return createEngine({ policy: malvernPolicy, context });
  let policy;
  try {
    policy = loadPolicyPackFile(options.policy);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return createEngine({ policy, context });
}
