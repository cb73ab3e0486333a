import type { Rule } from "../rule.ts";
import { markerRule } from "./confidential/marker.ts";
import { personalWorkMatterRule } from "./confidential/personal-work-matter.ts";
import { workMatterRule } from "./confidential/work-matter.ts";

/** The confidential-matters rules, in the order they run. */
export const confidentialRules: Rule[] = [markerRule, workMatterRule, personalWorkMatterRule];
