import { createReadStream } from "node:fs";
import { CsvParser } from "./csv-parser.ts";
import { JsonArrayItems } from "./json-array-items.ts";
import { postFromJsonLine, postFromOutboxItem, postFromTweetItem, type Post } from "./posts.ts";

export const INPUT_FORMATS = ["csv", "jsonl", "outbox", "tweets"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** A file that cannot be read as the format asked for (missing column, not an outbox, ...). */
export class InputError extends Error {}

export interface ReadOptions {
  format: InputFormat;
  /** CSV: the column holding the text. */
  column: string;
  /** JSON Lines: the field holding the text. */
  field: string;
  /** Called with the size of each chunk read, for progress. */
  onBytes?: (bytes: number) => void;
  /** Called for each record that holds no post, with where it is and why. */
  onSkip?: (where: string, reason: string) => void;
}

/** Guesses the format from the name, then from the first characters for ".json". */
export function detectInputFormat(path: string, head: string): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (lower.endsWith(".js") || start.startsWith("window.")) return "tweets";
  if (start.startsWith("{") && /"(orderedItems|OrderedCollection)"/.test(head)) return "outbox";
  if (start.startsWith("[")) return "tweets";
  return "jsonl";
}

async function* chunksOf(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    const bytes = chunk as Buffer;
    onBytes?.(bytes.length);
    let text = decoder.decode(bytes, { stream: true });
    if (first) text = text.replace(/^\uFEFF/, "");
    first = false;
    yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* csvPosts(path: string, options: ReadOptions): AsyncGenerator<Post> {
  const parser = new CsvParser();
  let textIndex = -1;
  let idIndex = -1;
  let header: string[] | undefined;
  let count = 0;
  function* take(records: ReturnType<CsvParser["push"]>): Generator<Post> {
    for (const record of records) {
      if (!header) {
        header = record.fields.map((f) => f.trim());
        textIndex = header.indexOf(options.column);
        idIndex = header.indexOf("id");
        if (textIndex === -1) {
          throw new InputError(
            `no column "${options.column}" in ${path}; the columns are: ${header.join(", ")} (use --column)`,
          );
        }
        continue;
      }
      count++;
      const text = record.fields[textIndex];
      if (text === undefined) {
        options.onSkip?.(`line ${record.line}`, `only ${record.fields.length} columns`);
        continue;
      }
      const id = idIndex >= 0 && record.fields[idIndex] ? record.fields[idIndex]! : String(count);
      yield { id, line: record.line, text };
    }
  }
  for await (const chunk of chunksOf(path, options.onBytes)) yield* take(parser.push(chunk));
  yield* take(parser.end());
  if (!header) throw new InputError(`${path} is empty: a CSV file needs a header row`);
}

async function* jsonLinesPosts(path: string, options: ReadOptions): AsyncGenerator<Post> {
  let pending = "";
  let lineNumber = 0;
  function* take(line: string): Generator<Post> {
    lineNumber++;
    if (!line.trim()) return;
    const post = postFromJsonLine(line, lineNumber, options.field);
    if (typeof post === "string") options.onSkip?.(`line ${lineNumber}`, post);
    else yield post;
  }
  for await (const chunk of chunksOf(path, options.onBytes)) {
    let from = 0;
    for (let nl = chunk.indexOf("\n"); nl !== -1; nl = chunk.indexOf("\n", from)) {
      const line = pending + chunk.slice(from, nl);
      pending = "";
      yield* take(line);
      from = nl + 1;
    }
    pending += chunk.slice(from);
  }
  if (pending) yield* take(pending);
}

async function* arrayPosts(
  path: string,
  options: ReadOptions,
  items: JsonArrayItems,
  toPost: (item: unknown, index: number) => Post | string,
  what: string,
): AsyncGenerator<Post> {
  let index = 0;
  function* take(raws: string[]): Generator<Post> {
    for (const raw of raws) {
      let post: Post | string;
      try {
        post = toPost(JSON.parse(raw), index);
      } catch {
        post = "not valid JSON";
      }
      if (typeof post === "string") options.onSkip?.(`item ${index + 1}`, post);
      else yield post;
      index++;
    }
  }
  for await (const chunk of chunksOf(path, options.onBytes)) yield* take(items.push(chunk));
  yield* take(items.end());
  if (!items.foundTarget) throw new InputError(`${path} is not ${what}`);
}

/** Every post in an export, read as a stream: memory stays flat however large the file. */
export function readPosts(path: string, options: ReadOptions): AsyncGenerator<Post> {
  switch (options.format) {
    case "csv":
      return csvPosts(path, options);
    case "jsonl":
      return jsonLinesPosts(path, options);
    case "outbox":
      return arrayPosts(
        path,
        options,
        new JsonArrayItems({ path: ["orderedItems"] }),
        postFromOutboxItem,
        "a Mastodon outbox (no orderedItems list)",
      );
    case "tweets":
      return arrayPosts(
        path,
        options,
        new JsonArrayItems({ path: [], skipPrefix: true }),
        postFromTweetItem,
        "an X/Twitter archive tweets.js (no list of tweets)",
      );
  }
}
