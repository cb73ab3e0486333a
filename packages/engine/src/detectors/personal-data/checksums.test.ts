import { describe, expect, it } from "vitest";
import { ibanValid, luhnValid, nhsNumberValid } from "./checksums.ts";
import { niNumberValid, postcodeValid } from "./identifiers.ts";
import { isUkOrganisationNumber } from "./phone.ts";

describe("check digits", () => {
  it("Luhn accepts test card numbers and rejects a changed digit", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("378282246310005")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
  });
  it("NHS modulus 11 accepts a valid number and never the check value 10", () => {
    expect(nhsNumberValid("9434765919")).toBe(true);
    expect(nhsNumberValid("9434765910")).toBe(false);
    expect(nhsNumberValid("943476591")).toBe(false);
  });
  it("IBAN mod 97 in either case", () => {
    expect(ibanValid("GB82WEST12345698765432")).toBe(true);
    expect(ibanValid("gb82west12345698765432")).toBe(true);
    expect(ibanValid("GB82WEST12345698765433")).toBe(false);
  });
});

describe("HMRC National Insurance prefixes", () => {
  it.each([
    ["AB123456C", true],
    ["DA123456A", false],
    ["AD123456A", false],
    ["BG123456A", false],
    ["NK123456A", false],
    ["AB123456E", false],
  ])("%s is %s", (value, ok) => expect(niNumberValid(value)).toBe(ok));
});

describe("Royal Mail postcode format", () => {
  it.each([
    ["WR14", "3AF", true],
    ["SW1A", "1AA", true],
    ["EC1A", "1BB", true],
    ["M1", "1AE", true],
    ["GIR", "0AA", true],
    ["QA1", "1AA", false],
    ["WR14", "3CI", false],
    ["W1I", "1AA", false],
  ])("%s %s is %s", (outward, inward, ok) => expect(postcodeValid(outward, inward)).toBe(ok));
});

describe("organisation phone numbers", () => {
  it.each([
    ["0800807060", true],
    ["03459881188", true],
    ["03001234567", true],
    ["08451234567", true],
    ["07700900123", false],
    ["01684892700", false],
    ["03931144137", false],
  ])("%s is %s", (n, org) => expect(isUkOrganisationNumber(n)).toBe(org));
});
