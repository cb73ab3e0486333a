const MARKS = /[\u0300-\u036f]/g;
/** Letters that do not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ø: "o",
  æ: "ae",
  ß: "ss",
  ð: "d",
  þ: "th",
  ł: "l",
  đ: "d",
  ı: "i",
  œ: "oe",
  "’": "'",
};

/** Lower case without diacritics, so "Szöllösy", "Łukasz" and "Hafþór" match the gazetteer. */
export function foldName(word: string): string {
  let lower = word;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) {
      lower = word.toLowerCase();
      break;
    }
  }
  let ascii = true;
  for (let i = 0; i < lower.length; i++)
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  if (ascii) return lower;
  let out = "";
  for (const ch of lower.normalize("NFD").replace(MARKS, "")) out += SPECIAL[ch] ?? ch;
  return out;
}
