import type { PersonalDataMatch } from "./types.ts";

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isWord = (c: number) => isHex(c) || (c >= 71 && c <= 90) || (c >= 103 && c <= 122) || c === 95;

/** "2001:db8::1" or eight full groups; at most one "::", groups of 1-4 hex digits. */
export function ipv6Valid(s: string): boolean {
  if (s.length < 3 || s.length > 39) return false;
  const halves = s.split("::");
  if (halves.length > 2) return false;
  const parts = (h: string) => (h === "" ? [] : h.split(":"));
  const groups = halves.flatMap(parts);
  if (!groups.every((g) => g.length >= 1 && g.length <= 4)) return false;
  if (halves.length === 2) return groups.length <= 7 && groups.length >= 1;
  return groups.length === 8;
}

/** One pass over runs of hex digits and colons; each character is looked at a bounded number of times. */
export function findIpv6(text: string): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const n = text.length;
  // Every IPv6 address has colons: texts without two are skipped, and scanning starts near the first.
  const firstColon = text.indexOf(":");
  if (firstColon < 0 || text.indexOf(":", firstColon + 1) < 0) return out;
  let i = Math.max(0, firstColon - 4);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(isHex(c) || c === 58) || (i > 0 && isWord(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    let colons = 0;
    while (i < n && (isHex(text.charCodeAt(i)) || text.charCodeAt(i) === 58)) {
      if (text.charCodeAt(i) === 58) colons++;
      i++;
    }
    if (colons < 2 || (i < n && isWord(text.charCodeAt(i)))) continue;
    let end = i;
    while (end > start && text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
    const candidate = text.slice(start, end);
    if (/[a-fA-F]/.test(candidate) || candidate.includes("::")) {
      if (ipv6Valid(candidate)) out.push({ type: "ip_address", start, end, kind: "IPv6" });
    }
  }
  return out;
}
