import { malvernClauses } from "./malvern-clauses.ts";
import type { PolicyPackInput } from "./pack.ts";

/**
 * The pack Postwarden ships with. Every built-in rule runs at its default severity; the
 * entries under `rules` are where Malvern departs from those defaults.
 */
export const malvernPolicy: PolicyPackInput = {
  id: "malvern-town-council",
  name: 'Malvern Town Council "Use of Social Media Policy"',
  version: "2024.1",
  clauses: malvernClauses,
  defaults: { enabled: true },
  rules: {},
  lists: {
    allowDomains: ["malvern-tc.gov.uk", "malverntowncouncil.org", "gov.uk", "nhs.uk", "police.uk"],
    denyDomains: [],
    allowPhrases: [],
    denyPhrases: [],
  },
};
