import type { Rule } from "../rule.ts";
import { argumentativeRule } from "./tone/argumentative.ts";
import { hearsayRule } from "./tone/hearsay.ts";

/** The tone rules, in the order they run. */
export const toneRules: Rule[] = [hearsayRule, argumentativeRule];
