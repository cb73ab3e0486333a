import type { Rule } from "../rule.ts";

/** The accessibility rules, in the order they run. */
export const accessibilityRules: Rule[] = [];
