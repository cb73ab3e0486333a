import { describe, expect, it } from "vitest";
import { summarise } from "./summary.ts";

describe("summarise", () => {
  it("counts each character class it names", () => {
    expect(summarise("Mail jo@x.org: 07700 900123 #Malvern https://a.b/c é")).toEqual({
      digits: 11,
      upper: 2,
      nonAscii: 1,
      at: 1,
      colons: 2,
      hashes: 1,
      slashes: 3,
      dots: 2,
    });
  });

  it("agrees with a regular expression count on every ASCII character", () => {
    let all = "";
    for (let c = 0; c < 200; c++) all += String.fromCharCode(c);
    const s = summarise(all);
    const count = (re: RegExp) => all.match(re)?.length ?? 0;
    expect(s).toEqual({
      digits: count(/[0-9]/g),
      upper: count(/[A-Z]/g),
      nonAscii: count(/[^\x00-\x7f]/g),
      at: count(/@/g),
      colons: count(/:/g),
      hashes: count(/#/g),
      slashes: count(/\//g),
      dots: count(/\./g),
    });
  });
});
