import type { Rule } from "../rule.ts";
import { colleagueMentionRule } from "./names/colleague-mention.ts";
import { personRule } from "./names/person.ts";

/** The names rules, in the order they run. */
export const namesRules: Rule[] = [personRule, colleagueMentionRule];
