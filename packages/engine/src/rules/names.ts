import type { Rule } from "../rule.ts";

/** The names rules, in the order they run. */
export const namesRules: Rule[] = [];
