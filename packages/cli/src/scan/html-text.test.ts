import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "./html-text.ts";

describe("htmlToText", () => {
  it("keeps what a reader sees of a Mastodon post", () => {
    const html =
      '<p>Bins &amp; recycling: <a href="https://malvern-tc.gov.uk/bins" rel="nofollow"><span class="invisible">https://</span><span class="ellipsis">malvern-tc.gov.uk/bi</span><span class="invisible">ns</span></a></p><p>Line one<br />line two &#8211; ok&#x21;</p>';
    expect(htmlToText(html)).toBe(
      "Bins & recycling: https://malvern-tc.gov.uk/bins\n\nLine one\nline two – ok!",
    );
  });

  it("treats a stray < as text and leaves unknown entities alone", () => {
    expect(htmlToText("1 < 2 &bogus; &#0; &lt;b&gt;")).toBe("1 < 2 &bogus; \ufffd <b>");
  });

  it("stays fast on hostile markup", () => {
    const start = performance.now();
    htmlToText(`${"<".repeat(200_000)}${"&#".repeat(200_000)}${" ".repeat(200_000)}x`);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("decodes numeric entities, refusing surrogates", () => {
    expect(decodeEntities("&#x1F600;&#55296;")).toBe("😀\ufffd");
  });
});
