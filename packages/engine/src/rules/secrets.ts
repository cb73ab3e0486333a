import type { Rule } from "../rule.ts";
import { apiKeyRule } from "./secrets/api-key.ts";
import { oneTimeCodeRule } from "./secrets/one-time-code.ts";
import { passwordRule } from "./secrets/password.ts";

/** The secrets rules, in the order they run. */
export const secretsRules: Rule[] = [passwordRule, apiKeyRule, oneTimeCodeRule];
