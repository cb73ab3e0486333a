import { describe, expect, it } from "vitest";
import { maliciousLinkModel } from "../models/malicious-link.ts";
import { scoreUrl } from "./url-scores.ts";

// The committed link model must judge a URL by how it is built, not by whether it knows the host.
const HONEST_UNFAMILIAR = [
  "https://www.malvernfestival.co.uk/",
  "https://www.facebook.com/MalvernTownCouncil",
  "https://forms.office.com/r/abc123",
  "https://www.worcestershire.gov.uk/council-services",
  "https://www.bbc.co.uk/news/uk-england-hereford-worcester-12345678",
];

const PHISHY_SHAPES = [
  "http://paypal.com.account-verify.example-login.ru/webscr?cmd=login",
  "http://192.168.4.20/secure/bank/login.php",
  "https://secure-login-verify.xyz/account/update.php",
  "http://appleid.apple.com.signin-verify.top/",
  "https://my-site.000webhostapp.com/wp-includes/office365/login.html",
];

describe("link scores describe phishing, not host identity", () => {
  for (const url of HONEST_UNFAMILIAR) {
    it(`honest site it has never seen: ${url}`, () => {
      expect(scoreUrl(url).probability).toBeLessThan(maliciousLinkModel.threshold);
    });
  }
  for (const url of PHISHY_SHAPES) {
    it(`phishing shape: ${url}`, () => {
      expect(scoreUrl(url).probability).toBeGreaterThanOrEqual(maliciousLinkModel.threshold);
    });
  }
  it("names readable reasons, not the hash buckets", () => {
    const { evidence } = scoreUrl("http://paypal.com.account-verify.example-login.ru/webscr?cmd=login");
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e).not.toMatch(/~/);
  });
});
