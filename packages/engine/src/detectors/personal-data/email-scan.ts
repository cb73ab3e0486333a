/**
 * Email addresses found from their "@": the local part is read backwards from each "@" and
 * only the domain goes to a (sticky, bounded) pattern. The result is exactly that of
 *   /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g
 * without trying that pattern at every position of a text that has a few "@" in it.
 */
const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/y;
/** One letter or digit opens a local part, then up to 63 more local-part characters. */
const MAX_LOCAL = 64;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLocal = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

export interface EmailSpan {
  start: number;
  end: number;
}

export function emailsIn(text: string): EmailSpan[] {
  const out: EmailSpan[] = [];
  let from = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", Math.max(at + 1, from))) {
    // A local part cannot hold "@", so every start that reaches this "@" lies in the run before it.
    const floor = Math.max(from, at - MAX_LOCAL);
    let start = at;
    while (start > floor && isLocal(text.charCodeAt(start - 1))) start--;
    while (start < at && !isAlnum(text.charCodeAt(start))) start++;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    out.push({ start, end });
    from = end;
  }
  return out;
}
