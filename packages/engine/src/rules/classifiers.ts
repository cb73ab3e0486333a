import type { Rule } from "../rule.ts";
import { abuseRule } from "./classifiers/abuse.ts";
import { disparagementRule } from "./classifiers/disparagement.ts";
import { hateRule } from "./classifiers/hate.ts";
import { maliciousLinkRule } from "./classifiers/malicious-link.ts";
import { politicalRule } from "./classifiers/political.ts";

/** The classifiers rules, in the order they run. */
export const classifiersRules: Rule[] = [
  abuseRule,
  hateRule,
  politicalRule,
  disparagementRule,
  maliciousLinkRule,
];
