import type { Rule } from "../rule.ts";
import { emailRule } from "./personal-data/email.ts";

/** The personal-data rules, in the order they run. */
export const personalDataRules: Rule[] = [emailRule];
