import type { Rule } from "../rule.ts";
import { accessibilityRules } from "./accessibility.ts";
import { classifiersRules } from "./classifiers.ts";
import { confidentialRules } from "./confidential.ts";
import { linksRules } from "./links.ts";
import { namesRules } from "./names.ts";
import { personalDataRules } from "./personal-data.ts";
import { politicalRules } from "./political.ts";
import { secretsRules } from "./secrets.ts";
import { toneRules } from "./tone.ts";

/** Every built-in rule, in a fixed order so screening is deterministic. */
export const builtInRules: readonly Rule[] = [
  ...personalDataRules,
  ...namesRules,
  ...secretsRules,
  ...linksRules,
  ...politicalRules,
  ...confidentialRules,
  ...toneRules,
  ...accessibilityRules,
  ...classifiersRules,
];
