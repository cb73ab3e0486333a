import { describe, expect, it } from "vitest";
import { finish, hashString, SEED_URL } from "./hash.ts";
import { HOST_GRAM, PATH_GRAM, urlFeatureLabels, urlFeatures } from "./url-features.ts";

const BITS = 17;
const MASK = (1 << BITS) - 1;
const URL =
  "http://paypal.com.secure-verify.account-login.xyz/webscr/update/login.php?cmd=_login&next=http://x.co&mail=a%40b.c";

describe("link features", () => {
  it("name the parts of the link they come from", () => {
    const labels = urlFeatureLabels(URL);
    expect(labels[0]).toBe("bias");
    for (const label of [
      "ending .xyz",
      "cheap ending",
      "subdomain word secure",
      "path word webscr",
      "path word login",
      "file type php",
      "script at depth 2",
      "query key cmd",
      "query key next",
      "redirects to another address",
      "email address in query",
    ])
      expect(labels).toContain(label);
  });

  it("put each labelled feature in the bucket of its whole label, hashed in place", () => {
    const features = urlFeatures(URL, BITS);
    const labelled = features.filter((f) => f.label !== PATH_GRAM && f.label !== HOST_GRAM);
    expect(labelled.map((f) => f.label)).toEqual(urlFeatureLabels(URL));
    for (const f of labelled) expect(f.bucket).toBe(finish(hashString(SEED_URL, f.label)) & MASK);
  });

  it("list the labelled features first, then the path grams, then the host grams", () => {
    const kinds = urlFeatures(URL, BITS).map((f) =>
      f.label === PATH_GRAM ? 1 : f.label === HOST_GRAM ? 2 : 0,
    );
    expect(kinds).toEqual([...kinds].sort());
    expect(kinds).toContain(1);
    expect(kinds).toContain(2);
  });
});
