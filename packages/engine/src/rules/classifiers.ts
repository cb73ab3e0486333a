import type { Rule } from "../rule.ts";

/** The classifiers rules, in the order they run. */
export const classifiersRules: Rule[] = [];
