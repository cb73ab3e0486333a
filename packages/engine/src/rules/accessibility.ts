import type { Rule } from "../rule.ts";
import { altTextRule } from "./accessibility/alt-text.ts";
import { capitalsRule } from "./accessibility/capitals.ts";
import { hashtagCaseRule } from "./accessibility/hashtag-case.ts";
import { longSentenceRule } from "./accessibility/long-sentence.ts";

/** The accessibility rules, in the order they run. */
export const accessibilityRules: Rule[] = [altTextRule, hashtagCaseRule, capitalsRule, longSentenceRule];
