import type { Rule } from "../rule.ts";

/** The secrets rules, in the order they run. */
export const secretsRules: Rule[] = [];
