/**
 * A reduced "skeleton" of a domain label: characters that look alike map to one ASCII
 * letter, so "paypa1", "pаypal" (Cyrillic а) and "paypal" share the skeleton "paypal".
 * The table covers digits and the Cyrillic and Greek letters that pass for Latin ones.
 */
const LOOKS_LIKE: Record<string, string> = {
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  i: "l",
  "|": "l",
  "!": "l",
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "l",
  ї: "l",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  ɡ: "g",
  ʏ: "y",
  ո: "n",
  ս: "u",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  ι: "l",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  η: "n",
  μ: "u",
};

const COMBINING_MARK = /\p{M}/gu;

/** The skeleton of each ASCII character: lower-cased, then mapped through LOOKS_LIKE. */
const ASCII_SKELETON: string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code).toLowerCase();
  return LOOKS_LIKE[ch] ?? ch;
});

/** Skeleton of one label or word; bounded by the label's length. */
export function skeleton(label: string): string {
  let out = "";
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code >= 128) return unicodeSkeleton(label);
    out += ASCII_SKELETON[code]!;
  }
  return readAsOne(out);
}

/** ASCII is already in NFKC and NFD form with no marks, so only other labels need normalising. */
function unicodeSkeleton(label: string): string {
  const folded = label.normalize("NFKC").toLowerCase().normalize("NFD").replace(COMBINING_MARK, "");
  let out = "";
  for (const ch of folded) out += LOOKS_LIKE[ch] ?? ch;
  return readAsOne(out);
}

/** Letter pairs that read as one letter at a glance. */
function readAsOne(s: string): string {
  // Most labels hold neither pair: no new strings for them.
  const rn = s.indexOf("rn") >= 0;
  const vv = s.indexOf("vv") >= 0;
  if (!rn && !vv) return s;
  return s.replaceAll("rn", "m").replaceAll("vv", "w");
}

type Script = "latin" | "cyrillic" | "greek" | "other";

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const LETTER = /\p{L}/u;

function scriptOf(ch: string): Script | undefined {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? "latin" : undefined;
  if (!LETTER.test(ch)) return undefined;
  if (LATIN.test(ch)) return "latin";
  if (CYRILLIC.test(ch)) return "cyrillic";
  if (GREEK.test(ch)) return "greek";
  return "other";
}

/** True when one label mixes Latin, Cyrillic or Greek letters: a classic spoofing trick. */
export function mixesConfusableScripts(label: string): boolean {
  const seen = new Set<Script>();
  for (const ch of label) {
    const s = scriptOf(ch);
    if (s && s !== "other") seen.add(s);
    if (seen.size > 1) return true;
  }
  return false;
}
