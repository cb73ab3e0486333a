import { KNOWN_TLDS, WORD_LIKE_TLDS } from "./known-tlds.ts";

/** One link written in a text. */
export interface FoundLink {
  /** UTF-16 span of the link as written. */
  start: number;
  end: number;
  /** "http" or "https" when a scheme was written, otherwise "". */
  scheme: "" | "http" | "https";
  /** Lower-case host without user info, port or trailing dot; IPv6 without brackets. */
  host: string;
  /** Everything after the host: path, query and fragment ("" when none). */
  path: string;
  /** True when the link hides its host behind user info ("https://paypal.com@evil.example"). */
  hasUserInfo: boolean;
}

const MAX_HOST = 253;
const MAX_LABEL = 63;

/** Characters that end a link: white space, quotes, brackets and angle brackets ("[" stays for IPv6). */
function isBreak(code: number): boolean {
  if (code <= 32) return true;
  switch (code) {
    case 34: // "
    case 39: // '
    case 40: // (
    case 41: // )
    case 60: // <
    case 62: // >
    case 96: // `
    case 123: // {
    case 124: // |
    case 125: // }
    case 0xa0:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x2028:
    case 0x2029:
    case 0x3000:
    case 0xfeff:
      return true;
  }
  return code >= 0x2000 && code <= 0x200b;
}

/**
 * A chunk: the characters up to the next break (see isBreak), read by the regular expression
 * engine's own loop, which is faster than a loop over charCodeAt. One class, so linear.
 */
const CHUNK = /[^\x00-\x20"'()<>`{|}\u00a0\u2000-\u200b\u2018\u2019\u201c\u201d\u2028\u2029\u3000\ufeff]*/y;

const NON_ASCII_HOST_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isHostChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 45 ||
      code === 46
    );
  }
  return NON_ASCII_HOST_CHAR.test(text[i]!);
}

const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "*", "]", "\u2026"]);

function trimTrailing(text: string, start: number, end: number): number {
  while (end > start && TRAILING_PUNCTUATION.has(text[end - 1]!)) end--;
  return end;
}

function validLabels(host: string): string[] | undefined {
  if (host.length === 0 || host.length > MAX_HOST) return undefined;
  const labels = host.split(".");
  if (labels.length < 2) return undefined;
  for (const l of labels) {
    if (l.length === 0 || l.length > MAX_LABEL || l.startsWith("-") || l.endsWith("-")) return undefined;
  }
  return labels;
}

/** A written TLD counts when it is all lower case or all capitals, so "end.It" is not a link. */
function tldLooksIntended(tld: string): boolean {
  return tld === tld.toLowerCase() || tld === tld.toUpperCase();
}

/** Reads the authority after "scheme://": user info, host, port. Returns the host's end. */
function readAuthority(text: string, from: number, limit: number) {
  let i = from;
  let hostStart = from;
  let hasUserInfo = false;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 92) break; // / ? # \
    if (c === 64) {
      hasUserInfo = true;
      hostStart = i + 1;
    }
    i++;
  }
  const authorityEnd = trimTrailing(text, from, i);
  let host = text.slice(hostStart, authorityEnd);
  if (host.startsWith("[")) {
    const close = host.indexOf("]");
    host = close > 0 ? host.slice(1, close) : host.slice(1);
  } else {
    const colon = host.indexOf(":");
    if (colon >= 0) host = host.slice(0, colon);
  }
  return { host: withoutTrailingDots(host).toLowerCase(), hostEnd: i, hasUserInfo };
}

/** "example.org." names the same host as "example.org". */
function withoutTrailingDots(host: string): string {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  return end === host.length ? host : host.slice(0, end);
}

/** Length of the ASCII letters that end just before `end`, at most `max`. */
function lettersBefore(text: string, end: number, floor: number, max: number): number {
  let n = 0;
  while (n < max && end - n - 1 >= floor) {
    const c = text.charCodeAt(end - n - 1) | 32;
    if (c < 97 || c > 122) break;
    n++;
  }
  return n;
}

/**
 * Finds links in one pass: "http(s)://…", "www.…" and bare names with a known TLD
 * ("bit.ly/x", "malvern-tc.gov.uk"). Each character is looked at a bounded number of times,
 * so the scan is linear however hostile the text.
 */
export function scanLinks(text: string): FoundLink[] {
  return new LinkScan(text).run();
}

/**
 * One text's scan. Its steps are methods of one object rather than closures made per text, so
 * a text costs one allocation, not a function object per step.
 */
class LinkScan {
  readonly links: FoundLink[] = [];
  /** The next "://" at or after the scan's position, or -1 when there is none. */
  private nextSeparator: number;

  constructor(private readonly text: string) {
    this.nextSeparator = text.indexOf("://");
  }

  run(): FoundLink[] {
    const text = this.text;
    const n = text.length;
    let nextDot = text.indexOf(".");
    let nextColon = text.indexOf(":");
    let i = 0;
    while (i < n) {
      // Every link has a dot in its host or a "://" after its scheme: jump to the next "." or ":"
      // and take the chunk around it; chunks with neither are never looked at.
      if (nextDot !== -1 && nextDot < i) nextDot = text.indexOf(".", i);
      if (nextColon !== -1 && nextColon < i) nextColon = text.indexOf(":", i);
      const mark = nextDot === -1 ? nextColon : nextColon === -1 ? nextDot : Math.min(nextDot, nextColon);
      if (mark === -1) break;
      // Neither "." nor ":" breaks a chunk, so the chunk runs back from the mark to a break.
      const floor = i;
      i = mark;
      while (i > floor && !isBreak(text.charCodeAt(i - 1))) i--;
      CHUNK.lastIndex = i;
      CHUNK.test(text);
      const chunkEnd = CHUNK.lastIndex;
      // A dot with more of the chunk after it: a word that only ends a sentence ("end.") has none.
      let lastKept = chunkEnd;
      while (lastKept > i && text.charCodeAt(lastKept - 1) === 46) lastKept--;
      const dot = text.indexOf(".", i);
      const innerDot = dot !== -1 && dot < lastKept;
      if (this.nextSeparator !== -1 && this.nextSeparator < i) this.nextSeparator = text.indexOf("://", i);
      // Every link has a dot inside its host or a "://" before it; most words have neither.
      if (innerDot || (this.nextSeparator !== -1 && this.nextSeparator < chunkEnd))
        this.scanChunk(i, chunkEnd);
      i = chunkEnd;
    }
    return this.links;
  }

  private scanChunk(start: number, end: number): void {
    const text = this.text;
    let pos = start;
    while (pos < end) {
      if (this.nextSeparator !== -1 && this.nextSeparator < pos)
        this.nextSeparator = text.indexOf("://", pos);
      const sep = this.nextSeparator;
      if (sep !== -1 && sep < end) {
        const letters = lettersBefore(text, sep, pos, 5);
        const scheme = text.slice(sep - letters, sep).toLowerCase();
        const schemeLength = scheme.endsWith("https") ? 5 : scheme.endsWith("http") ? 4 : 0;
        if (pos < sep - letters) this.bare(pos, sep - letters);
        if (schemeLength > 0) {
          const linkStart = sep - schemeLength;
          const { host, hostEnd, hasUserInfo } = readAuthority(text, sep + 3, end);
          const linkEnd = trimTrailing(text, linkStart, end);
          if (host.length > 0 && host.length <= MAX_HOST) {
            this.links.push({
              start: linkStart,
              end: linkEnd,
              scheme: schemeLength === 5 ? "https" : "http",
              host,
              path: hostEnd < linkEnd ? text.slice(hostEnd, linkEnd) : "",
              hasUserInfo,
            });
          }
          return;
        }
        pos = sep + 3;
        continue;
      }
      this.bare(pos, end);
      return;
    }
  }

  /** A link without a scheme must start the chunk: "bit.ly/x", "www.example.org". */
  private bare(start: number, end: number): void {
    const text = this.text;
    let hostEnd = start;
    let hasDot = false;
    // A dot with more of the host after it: trailing dots ("the end.") are trimmed off a host.
    let innerDot = false;
    while (hostEnd < end && hostEnd - start <= MAX_HOST && isHostChar(text, hostEnd)) {
      if (text.charCodeAt(hostEnd) === 46) hasDot = true;
      else if (hasDot) innerDot = true;
      hostEnd++;
    }
    if (hostEnd - start > MAX_HOST) return;
    const next = hostEnd < end ? text.charCodeAt(hostEnd) : -1;
    // A host ends the chunk or is followed by a path, a port, a query or a fragment; "jane@x.com" is not a link.
    const hasPath = next === 47 || next === 63 || next === 35;
    if (next !== -1 && !hasPath && next !== 58 && !TRAILING_PUNCTUATION.has(text[hostEnd]!)) return;
    // Most chunks are plain words, or words that end a sentence: one label, no link, nothing to split.
    if (!innerDot) return;
    const written = withoutTrailingDots(text.slice(start, hostEnd));
    const labels = validLabels(written);
    if (!labels) return;
    const tld = labels[labels.length - 1]!;
    const lowerTld = tld.toLowerCase();
    const isWww = labels[0]!.toLowerCase() === "www" && labels.length >= 3;
    if (!isWww) {
      if (!tldLooksIntended(tld)) return;
      if (!KNOWN_TLDS.has(lowerTld) && !(hasPath && WORD_LIKE_TLDS.has(lowerTld))) return;
    } else if (!/^[a-z]{2,24}$/.test(lowerTld)) {
      return;
    }
    const hostStop = start + written.length;
    let linkEnd = hostStop;
    if (hasPath || next === 58) linkEnd = trimTrailing(text, start, end);
    this.links.push({
      start,
      end: linkEnd,
      scheme: "",
      host: written.toLowerCase(),
      path: linkEnd > hostStop ? text.slice(hostStop, linkEnd) : "",
      hasUserInfo: false,
    });
  }
}
