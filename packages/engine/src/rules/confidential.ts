import type { Rule } from "../rule.ts";

/** The confidential rules, in the order they run. */
export const confidentialRules: Rule[] = [];
