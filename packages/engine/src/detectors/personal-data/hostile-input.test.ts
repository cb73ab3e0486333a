import { describe, expect, it } from "vitest";
import { analyse } from "../../text/analyse.ts";
import { findPersonNames } from "../names/person.ts";
import { findSecrets } from "../secrets/find.ts";
import { findPersonalData } from "./find.ts";

// The engine is fuzzed with a megabyte of hostile text; every finder must stay linear.
const MB = 1 << 20;
const hostile: Record<string, string> = {
  "one letter": "a".repeat(MB),
  "one digit": "7".repeat(MB),
  "digits and spaces": "1 ".repeat(MB / 2),
  "no spaces, mixed": "Ab1-.:(+@".repeat(MB / 9),
  "brackets and digits": "(1".repeat(MB / 2),
  "hex and colons": "a:".repeat(MB / 2),
  "capitalised words": "Mary Smith ".repeat(MB / 11),
  "lone surrogates": "\ud800x\udc00 ".repeat(MB / 4),
  "control characters": "\u0000\u0001\u0007\u001b\u007f".repeat(MB / 5),
  "cue words": "password: born aged ref ".repeat(MB / 24),
};

describe("finders on a megabyte of hostile text", () => {
  for (const [name, text] of Object.entries(hostile)) {
    it(`${name} finishes quickly and in text order`, () => {
      const started = performance.now();
      const analysed = analyse(text);
      const found = [...findPersonalData(analysed), ...findPersonNames(analysed), ...findSecrets(analysed)];
      for (const f of found) expect(f.end).toBeGreaterThan(f.start);
      // Generous on a shared machine; a quadratic scan takes minutes here.
      expect(performance.now() - started).toBeLessThan(15_000);
    });
  }
});
