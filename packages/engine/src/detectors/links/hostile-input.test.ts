import { describe, expect, it } from "vitest";
import { createEngine } from "../../engine.ts";
import { malvernPolicy } from "../../policy/malvern.ts";
import { accessibilityRules } from "../../rules/accessibility.ts";
import { confidentialRules } from "../../rules/confidential.ts";
import { linksRules } from "../../rules/links.ts";
import { politicalRules } from "../../rules/political.ts";
import { toneRules } from "../../rules/tone.ts";

// Every link, political, confidential, tone and accessibility rule on a megabyte of hostile text.
const rules = [...linksRules, ...politicalRules, ...confidentialRules, ...toneRules, ...accessibilityRules];
const engine = createEngine({
  policy: { ...malvernPolicy, rules: { "links/url-inventory": { severity: "advice" } } },
  rules,
  context: { now: "2026-06-01T12:00:00Z", candidates: ["Jane Smith"], denyDomains: ["bad.co.uk"] },
});

const MB = 1_000_000;
const hostile: Record<string, string> = {
  "one letter": "a".repeat(MB),
  "one capital": "A".repeat(MB),
  "no spaces, many dots": "floodwarning.".repeat(MB / 13),
  dots: ".".repeat(MB),
  "lone surrogates": "\ud800".repeat(MB),
  "control characters": "\u0000\u0007\u001b\u007f".repeat(MB / 4),
  "scheme separators": "://".repeat(MB / 3),
  "an endless host": `https://${"a-".repeat(MB / 2)}`,
  hashes: "#".repeat(MB),
  "one endless hashtag": `#${"flood".repeat(MB / 5)}`,
  "phrase prefixes": "vote for the ".repeat(MB / 13),
  "capital words": "AB ".repeat(MB / 3),
  "one endless sentence": "word ".repeat(MB / 5),
};

describe("link, political, confidential, tone and accessibility rules on hostile input", () => {
  for (const [name, text] of Object.entries(hostile)) {
    it(`screens a megabyte of ${name} in linear time`, () => {
      const t0 = performance.now();
      for (const kind of ["post", "personal"] as const) engine.screen({ text, kind });
      // Generous for a shared machine; a quadratic scan would take minutes.
      expect(performance.now() - t0).toBeLessThan(8000);
    }, 30_000);
  }
});
