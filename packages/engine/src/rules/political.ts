import type { Rule } from "../rule.ts";

/** The political rules, in the order they run. */
export const politicalRules: Rule[] = [];
