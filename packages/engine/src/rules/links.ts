import type { Rule } from "../rule.ts";

/** The links rules, in the order they run. */
export const linksRules: Rule[] = [];
