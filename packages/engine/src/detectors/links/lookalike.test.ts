import { describe, expect, it } from "vitest";
import { assessHost } from "./lookalike.ts";
import { decodePunycode } from "./punycode.ts";

describe("decodePunycode", () => {
  it("decodes RFC 3492 labels and rejects broken ones", () => {
    expect(decodePunycode("pypal-4ve")).toBe("pаypal");
    expect(decodePunycode("mnchen-3ya")).toBe("münchen");
    expect(decodePunycode("!!")).toBeUndefined();
  });
});

describe("assessHost", () => {
  it.each([
    ["paypa1.com", "paypal"],
    ["micros0ft-support.com", "microsoft"],
    ["hmrc-refund.com", "hmrc"],
    ["pay-pal.co.uk", "paypal"],
    ["g0v.uk", "gov.uk"],
    ["gov-uk.co", "gov.uk"],
    ["gov.uk.claim-refund.com", "gov.uk"],
    ["xn--pypal-4ve.com", "paypal"],
    ["amaz0n.co.uk", "amazon"],
    ["rnicrosoft.com", "microsoft"],
    ["paypalverifycentral.com", "paypal"],
    ["groupwhatsapp-invite.example.net", "whatsapp"],
    ["www.amazon.co.uk.zoan.shop", "amazon"],
  ])("%s imitates %s", (host, brand) => {
    expect(assessHost(host)).toEqual({ kind: "imitates", brand });
  });
  it("sees mixed scripts, international names and broken Punycode", () => {
    expect(assessHost("bаnk.com")).toEqual({ kind: "mixed-script" });
    expect(assessHost("xn--mnchen-3ya.de")).toEqual({ kind: "international" });
    expect(assessHost("xn--!!.com")).toEqual({ kind: "bad-punycode" });
  });
  it.each([
    "paypal.com",
    "www.gov.uk",
    "hmrc.gov.uk",
    "apple-pie.co.uk",
    "santander-tourism.es",
    "docs.google.com",
    "www.youtube.com",
    "nationwide-removals.co.uk",
    "malvern-tc.gov.uk",
    "google.co.uk",
    "bbc.co.uk",
    "environment-agency.gov.uk",
  ])("%s is genuine or unrelated", (host) => expect(assessHost(host)).toBeUndefined());
});
