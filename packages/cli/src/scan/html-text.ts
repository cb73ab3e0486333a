/**
 * Turns the small HTML of a Mastodon post into the text a reader sees: tags dropped, line and
 * paragraph breaks kept, entities decoded. A hand-written scanner, linear on any input.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  pound: "£",
  euro: "€",
  copy: "©",
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{1,10});/g;

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== "#") return NAMED_ENTITIES[name] ?? whole;
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : "\ufffd";
  });
}

const PARAGRAPH_TAGS = new Set([
  "p",
  "div",
  "li",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "pre",
]);

function tagName(html: string, from: number, to: number): { name: string; closing: boolean } {
  let i = from;
  const closing = html.charCodeAt(i) === 47; // "/"
  if (closing) i++;
  let j = i;
  while (j < to && j - i < 16 && /[A-Za-z0-9]/.test(html[j]!)) j++;
  return { name: html.slice(i, j).toLowerCase(), closing };
}

export function htmlToText(html: string): string {
  let out = "";
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      out += decodeEntities(html.slice(i));
      break;
    }
    out += decodeEntities(html.slice(i, lt));
    const gt = html.indexOf(">", lt + 1);
    if (gt === -1) {
      out += decodeEntities(html.slice(lt)); // a stray "<" is text
      break;
    }
    const { name, closing } = tagName(html, lt + 1, gt);
    if (name === "br") out += "\n";
    else if (closing && PARAGRAPH_TAGS.has(name)) out += "\n\n";
    i = gt + 1;
  }
  const lines = out.split("\n").map((line) => line.trimEnd());
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
