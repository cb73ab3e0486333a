import { describe, expect, it } from "vitest";
import { JsonArrayItems, JsonStreamError, type JsonArrayItemsOptions } from "./json-array-items.ts";

function items(text: string, options: JsonArrayItemsOptions, size = 1 << 20): unknown[] {
  const reader = new JsonArrayItems(options);
  const raw: string[] = [];
  for (let i = 0; i < text.length; i += size) raw.push(...reader.push(text.slice(i, i + size)));
  raw.push(...reader.end());
  return raw.map((r) => JSON.parse(r) as unknown);
}

const OUTBOX = JSON.stringify({
  "@context": "https://www.w3.org/ns/activitystreams",
  type: "OrderedCollection",
  first: { orderedItems: [{ decoy: true }] },
  "ordered\\Items": [1],
  orderedItems: [
    { id: "1", object: { content: 'a "quoted" ] } [ { string', tags: [[], {}] } },
    "a string item",
    42,
    null,
    { id: "2", object: { content: "\\u00e9\\\\" } },
  ],
  totalItems: 5,
});

describe("JsonArrayItems", () => {
  it("returns each element of the array at the path, ignoring look-alike keys elsewhere", () => {
    expect(items(OUTBOX, { path: ["orderedItems"] })).toEqual(JSON.parse(OUTBOX).orderedItems);
  });

  it("gives the same elements whatever the chunk boundaries", () => {
    const whole = items(OUTBOX, { path: ["orderedItems"] });
    for (const size of [1, 2, 3, 7, 13])
      expect(items(OUTBOX, { path: ["orderedItems"] }, size)).toEqual(whole);
  });

  it("reads a root array after a JavaScript prefix, as in tweets.js", () => {
    const text =
      'window.YTD.tweets.part0 = [ { "tweet" : { "full_text" : "a [b]" } }, { "tweet" : { "full_text" : "c" } } ]\n';
    for (const size of [1, 4, 1000]) {
      expect(items(text, { path: [], skipPrefix: true }, size)).toEqual([
        { tweet: { full_text: "a [b]" } },
        { tweet: { full_text: "c" } },
      ]);
    }
  });

  it("says when the document stops part-way", () => {
    const reader = new JsonArrayItems({ path: ["orderedItems"] });
    reader.push('{"orderedItems":[{"a":1},{"b":');
    expect(() => reader.end()).toThrow(JsonStreamError);
  });

  it("reports whether the array was found at all", () => {
    const reader = new JsonArrayItems({ path: ["orderedItems"] });
    reader.push('{"items":[1,2]}');
    reader.end();
    expect(reader.foundTarget).toBe(false);
  });
});
