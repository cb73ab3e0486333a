import { describe, expect, it } from "vitest";
import { abuseModel } from "../models/abuse.ts";
import { scoreText } from "./text-scores.ts";

// Disguised spellings must score like the plain word with the committed abuse model.
const abuse = (text: string) => scoreText(text).byModel.abuse.probability;

const DISGUISES: Record<string, string[]> = {
  "shut the fuck up": [
    "shut the f*ck up",
    "shut the f**k up",
    "shut the ｆｕｃｋ up",
    "shut the f\u200buck up",
    "shut the fuuuuck up",
    "shut the f u c k up",
    "shut the FUCK up",
    "shut the fսck up",
    "shut the f.u.c.k up",
  ],
  "this is shit": [
    "this is sh1t",
    "this is sh*t",
    "this is $hit",
    "this is ѕhіt",
    "this is shiiiit",
    "this is s h i t",
    "this is s\u0336h\u0336i\u0336t\u0336",
  ],
  "you stupid bitch": [
    "you stupid b1tch",
    "you stupid b!tch",
    "you stupid b*tch",
    "you stupid ｂｉｔｃｈ",
    "you stupid biiiitch",
    "you stupid b i t c h",
  ],
};

describe("abuse scores see through disguised spellings", () => {
  for (const [plain, variants] of Object.entries(DISGUISES)) {
    it(`"${plain}" is abusive`, () => {
      expect(abuse(plain)).toBeGreaterThanOrEqual(abuseModel.threshold);
    });
    for (const v of variants) {
      it(JSON.stringify(v), () => {
        expect(abuse(v)).toBeGreaterThanOrEqual(abuseModel.threshold);
        expect(abuse(v)).toBeGreaterThan(abuse(plain) - 0.1);
      });
    }
  }
  it("does not flag routine council text", () => {
    expect(abuse("The bins will be collected on Tuesday as usual.")).toBeLessThan(abuseModel.threshold);
  });
});
