import type { Rule } from "../rule.ts";
import { campaigningRule } from "./political/campaigning.ts";
import { candidateRule } from "./political/candidate.ts";
import { partyRule } from "./political/party.ts";

/** The political rules, in the order they run. */
export const politicalRules: Rule[] = [partyRule, campaigningRule, candidateRule];
