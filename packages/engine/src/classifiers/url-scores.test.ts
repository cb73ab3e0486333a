import { describe, expect, it } from "vitest";
import { maliciousLinkModel } from "../models/malicious-link.ts";
import { calibrate, int8Weights } from "./model.ts";
import { urlFeatures } from "./url-features.ts";
import { scoreUrl, urlProbability } from "./url-scores.ts";

// The committed link model must judge a URL by how it is built, not by whether it knows the host.
const HONEST_UNFAMILIAR = [
  "https://www.malvernfestival.co.uk/",
  "https://www.facebook.com/MalvernTownCouncil",
  "https://forms.office.com/r/abc123",
  "https://www.worcestershire.gov.uk/council-services",
  "https://www.bbc.co.uk/news/uk-england-hereford-worcester-12345678",
  "https://github.com/nodejs/node",
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

describe("link scores weigh the character grams as they hash them", () => {
  const table = int8Weights(maliciousLinkModel);
  /** The logit summed over the stored features, as training lists them. */
  function storedProbability(url: string): number {
    const features = urlFeatures(url, maliciousLinkModel.bits);
    const unit = 1 / Math.sqrt(features.length);
    let logit = maliciousLinkModel.bias;
    for (const f of features)
      logit += Math.fround(table[f.bucket]! * maliciousLinkModel.scale) * f.value * unit;
    return calibrate(maliciousLinkModel, logit);
  }
  const urls = [
    ...HONEST_UNFAMILIAR,
    ...PHISHY_SHAPES,
    "http://a.b",
    "www.x.io",
    "http://www./",
    "https://[2001:db8::1]:8443/x?y=1#z",
    "http://user@paypal.com@evil.example/" + "deep/".repeat(30) + "?q=" + "a".repeat(80),
    "HTTP://EXAMPLE.COM/Login.PHP?Next=http://x",
    // The same hosts again, with other paths: their host parts come from the scorer's memory.
    "http://example.com/other/page.html",
    "https://www.malvernfestival.co.uk/tickets?day=2",
    "http://192.168.4.20/",
  ];
  for (const url of urls) {
    it(`to the same probability, bit for bit: ${url.slice(0, 60)}`, () => {
      expect(urlProbability(url)).toBe(storedProbability(url));
    });
  }
});
