import { describe, expect, it } from "vitest";
import { analyse } from "../../text/analyse.ts";
import { findSecrets } from "./find.ts";
import { mayHoldSecret } from "./hint.ts";

/** Texts with a secret of each shape the scan knows, each reached by a different way in. */
const WITH_SECRETS = [
  "key AKIAIOSFODNN7EXAMPLE here",
  '("ASIAIOSFODNN7EXAMPLE")',
  "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
  "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
  "Slack xoxb-123456789012-abcdefABCDEF.",
  "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
  "AIzaSyA1234567890abcdefghijklmnopqrstuv",
  "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  "my password is hunter22",
  "PIN: 4821",
  "pwd=Tr0ub4dor",
  "mytoken=Zx81Qa0Lm2Nb7Vc4Xd9Ke3",
  "client_secret: Zx81Qa0Lm2Nb7Vc4Xd9Ke3",
  "cfg=AKIAIOSFODNN7EXAMPLE",
  "your verification code is 583920",
  "OTP 583920",
  // The Kelvin sign lower-cases to "k", so this cue reads as "key".
  "\u212Aey: Zx81Qa0Lm2Nb7Vc4Xd9Ke3",
];

describe("mayHoldSecret", () => {
  it("lets through every text the secrets scan reports in", () => {
    for (const text of WITH_SECRETS) {
      const analysed = analyse(text);
      expect(findSecrets(analysed), text).not.toEqual([]);
      expect(mayHoldSecret(analysed), text).toBe(true);
    }
  });

  it("rules out texts with no cue word and no key prefix", () => {
    for (const text of [
      "Bin collections move to Tuesday next week.",
      "The Priory Park gates open at 8:30.",
      "Road closed = diversion via Church Street",
      "Passport office hours changed",
    ])
      expect(mayHoldSecret(analyse(text)), text).toBe(false);
  });
});
