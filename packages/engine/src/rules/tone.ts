import type { Rule } from "../rule.ts";

/** The tone rules, in the order they run. */
export const toneRules: Rule[] = [];
