/**
 * Letters from other scripts that look like Latin ones, as used to dodge word filters
 * ("fսck" with Armenian u, "ѕhіt" with Cyrillic s and i). Lower case only: the caller
 * lower-cases first. Fullwidth and mathematical letters need no entry: NFKD folds them.
 */
const PAIRS: [string, string][] = [
  // Cyrillic
  ["а", "a"],
  ["в", "b"],
  ["е", "e"],
  ["ё", "e"],
  ["һ", "h"],
  ["і", "i"],
  ["ї", "i"],
  ["ј", "j"],
  ["к", "k"],
  ["м", "m"],
  ["н", "h"],
  ["о", "o"],
  ["р", "p"],
  ["с", "c"],
  ["т", "t"],
  ["у", "y"],
  ["х", "x"],
  ["ѕ", "s"],
  ["ԁ", "d"],
  ["ԛ", "q"],
  ["ԝ", "w"],
  ["ь", "b"],
  ["г", "r"],
  ["п", "n"],
  // Greek
  ["α", "a"],
  ["β", "b"],
  ["γ", "y"],
  ["ε", "e"],
  ["η", "n"],
  ["ι", "i"],
  ["κ", "k"],
  ["μ", "u"],
  ["ν", "v"],
  ["ο", "o"],
  ["ρ", "p"],
  ["τ", "t"],
  ["υ", "u"],
  ["χ", "x"],
  ["ω", "w"],
  ["ς", "s"],
  // Armenian and Latin extensions that survive NFKD
  ["ս", "u"],
  ["օ", "o"],
  ["ո", "n"],
  ["ɡ", "g"],
  ["ı", "i"],
  ["ł", "l"],
  ["ø", "o"],
  ["đ", "d"],
  ["ß", "ss"],
  ["æ", "ae"],
  ["œ", "oe"],
];

export const HOMOGLYPHS: ReadonlyMap<string, string> = new Map(PAIRS);
