import { describe, expect, it } from "vitest";
import { tokenize } from "../../text/tokenize.ts";
import { digitTokenIndices, nextPositionNearDigits, type DigitCursor } from "./digit-tokens.ts";

describe("digit tokens", () => {
  const tokens = tokenize("born on 12 March in flat 3b of the old mill");

  it("lists the tokens holding a digit", () => {
    expect(digitTokenIndices(tokens)).toEqual([2, 6]);
  });

  it("jumps to the first position within reach of the next digit token, then stops", () => {
    const digits = digitTokenIndices(tokens);
    const cursor: DigitCursor = [0];
    expect(nextPositionNearDigits(digits, cursor, 0, 1)).toBe(1);
    expect(nextPositionNearDigits(digits, cursor, 2, 1)).toBe(2);
    expect(nextPositionNearDigits(digits, cursor, 3, 1)).toBe(5);
    expect(nextPositionNearDigits(digits, cursor, 6, 1)).toBe(6);
    expect(nextPositionNearDigits(digits, cursor, 7, 1)).toBe(-1);
  });
});
