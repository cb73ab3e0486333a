/**
 * @postwarden/engine: the council's social media policy as code.
 * Pure TypeScript with no I/O, so the same code screens in the browser and on the command line.
 */
import { createEngine, type Engine } from "./engine.ts";
import { malvernPolicy } from "./policy/malvern.ts";
import type { ScreenInput, ScreenResult } from "./types.ts";

export { createEngine, worstSeverity, type Engine, type EngineOptions } from "./engine.ts";
export { malvernPolicy } from "./policy/malvern.ts";
export { malvernClauses } from "./policy/malvern-clauses.ts";
export {
  parsePolicyPack,
  policyPackSchema,
  PolicyPackError,
  type PolicyPack,
  type PolicyPackInput,
  type RuleSetting,
} from "./policy/pack.ts";
export { builtInRules } from "./rules/index.ts";
export { defineRule, everyKind } from "./rule.ts";
export type {
  Rule,
  RuleMeta,
  RuleContext,
  RuleReport,
  Thresholds,
  ResolvedContext,
  AnalysedText,
} from "./rule.ts";
export { tokenize, type Token } from "./text/tokenize.ts";
export * from "./types.ts";

let defaultEngine: Engine | undefined;

/** Screens one text against the Malvern pack with no deployment context. */
export function screen(input: ScreenInput | string): ScreenResult {
  defaultEngine ??= createEngine({ policy: malvernPolicy });
  return defaultEngine.screen(typeof input === "string" ? { text: input } : input);
}
export * from "./eval/index.ts";
