import type { MediaItem } from "@postwarden/engine";
import { htmlToText, decodeEntities } from "./html-text.ts";

/** One post read from an export, with where it came from so the report can point back to it. */
export interface Post {
  id: string;
  /** Line of the file the post starts on (CSV and JSON Lines). */
  line?: number;
  text: string;
  media?: MediaItem[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function idOf(value: unknown, fallback: string): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : fallback;
}

/** A Mastodon outbox item: a Create activity whose object is the post. Boosts and deletions are not the council's words. */
export function postFromOutboxItem(item: unknown, index: number): Post | string {
  if (!isObject(item)) return "not an object";
  if (item.type !== undefined && item.type !== "Create") return `${String(item.type)} activity, not a post`;
  const object = item.object;
  if (!isObject(object)) return "no post object";
  const content = typeof object.content === "string" ? htmlToText(object.content) : "";
  const warning =
    typeof object.summary === "string" && object.summary.trim() ? `${htmlToText(object.summary)}\n\n` : "";
  const media: MediaItem[] = [];
  if (Array.isArray(object.attachment)) {
    for (const a of object.attachment) {
      if (!isObject(a)) continue;
      const type = typeof a.mediaType === "string" ? a.mediaType : "";
      const kind = type.startsWith("video/") || a.type === "Video" ? "video" : "image";
      media.push({ kind, altText: typeof a.name === "string" ? a.name : undefined });
    }
  }
  const post: Post = { id: idOf(object.id ?? item.id, `item ${index + 1}`), text: warning + content };
  if (media.length > 0) post.media = media;
  return post;
}

/** A tweet from an X/Twitter archive; t.co links are expanded so link rules see the real address. */
export function postFromTweetItem(item: unknown, index: number): Post | string {
  const tweet = isObject(item) && isObject(item.tweet) ? item.tweet : item;
  if (!isObject(tweet)) return "not an object";
  const raw =
    typeof tweet.full_text === "string"
      ? tweet.full_text
      : typeof tweet.text === "string"
        ? tweet.text
        : undefined;
  if (raw === undefined) return "no full_text";
  let text = raw;
  const urls = isObject(tweet.entities) && Array.isArray(tweet.entities.urls) ? tweet.entities.urls : [];
  for (const u of urls) {
    if (isObject(u) && typeof u.url === "string" && u.url && typeof u.expanded_url === "string") {
      text = text.split(u.url).join(u.expanded_url);
    }
  }
  return { id: idOf(tweet.id_str ?? tweet.id, `tweet ${index + 1}`), text: decodeEntities(text) };
}

/** A JSON Lines record: the post's text is in `field`. */
export function postFromJsonLine(line: string, lineNumber: number, field: string): Post | string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (!isObject(record)) return "not a JSON object";
  const text = record[field];
  if (typeof text !== "string") return `no "${field}" text field`;
  return { id: idOf(record.id, String(lineNumber)), line: lineNumber, text };
}
