/**
 * One linear pass that finds runs of digits written as one number: "07700 900123",
 * "+44 (0)1684 892700", "4454-7945-1139-0933", "106.31.73.20". Phones, cards, NHS numbers,
 * sort codes and IPv4 addresses are all classified from these runs, so the text is scanned once.
 */
export interface DigitRun {
  start: number;
  end: number;
  /** The digits alone. */
  digits: string;
  /** Digit count of each group, in order. */
  groups: number[];
  /** The separator written before each group after the first. */
  seps: string[];
  /** Written with a leading "+". */
  plus: boolean;
  /** Some group was in parentheses. */
  paren: boolean;
}

/** Longest run worth classifying: IBAN-free numbers with more digits are not personal data we know. */
const MAX_DIGITS = 24;
const ALLOWED_SEPS = new Set([" ", "-", ".", "(", ")", " (", ") ", ")-", ").", " - "]);

const NEXT_DIGIT = /[0-9]/g;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
const isSepChar = (c: number) => c === 32 || c === 45 || c === 46 || c === 40 || c === 41;

export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next digit with the regex engine's native scan (test() makes no match object);
    // a run may open one character earlier.
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(text)) break;
    const hit = NEXT_DIGIT.lastIndex - 1;
    if (hit > i) {
      const before = text.charCodeAt(hit - 1);
      i = before === 43 || before === 40 ? hit - 1 : hit;
    }
    const c = text.charCodeAt(i);
    const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
    const startsRun =
      (isDigit(c) || ((c === 43 || c === 40) && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) &&
      !isDigit(prev) &&
      !isLetter(prev) &&
      prev !== 43;
    if (!startsRun) {
      i++;
      continue;
    }
    const start = i;
    const plus = c === 43;
    let paren = c === 40;
    if (!isDigit(c)) i++;
    const groups: number[] = [];
    const groupEnds: number[] = [];
    const seps: string[] = [];
    let digits = "";
    for (;;) {
      const g = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      groups.push(i - g);
      groupEnds.push(i);
      digits += text.slice(g, i);
      if (digits.length > MAX_DIGITS) break;
      let j = i;
      while (j < n && j - i < 3 && isSepChar(text.charCodeAt(j))) j++;
      const sep = text.slice(i, j);
      if (j === i || j >= n || !isDigit(text.charCodeAt(j)) || !ALLOWED_SEPS.has(sep)) break;
      if (sep.includes("(")) {
        // An opening bracket belongs to the number only when it closes after the next group: "(0)7700".
        let k = j;
        while (k < n && k - j < 6 && isDigit(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) !== 41) break;
        paren = true;
      }
      seps.push(sep);
      i = j;
    }
    let end = groupEnds[groupEnds.length - 1]!;
    // "3pm", "2nd", "12kg": the last group belongs to a word, not to the number.
    if (end < n && (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 95)) {
      const ext =
        end < n &&
        (text[end] === "x" || text[end] === "X") &&
        end + 1 < n &&
        isDigit(text.charCodeAt(end + 1));
      if (ext) {
        let k = end + 1;
        while (k < n && k - end < 7 && isDigit(text.charCodeAt(k))) k++;
        end = k;
      } else {
        const lastLen = groups.pop()!;
        groupEnds.pop();
        seps.pop();
        digits = digits.slice(0, digits.length - lastLen);
        end = groupEnds[groupEnds.length - 1] ?? start;
      }
    }
    if (groups.length > 0 && digits.length <= MAX_DIGITS && end > start) {
      runs.push({ start, end, digits, groups, seps, plus, paren });
    }
    // Skip the rest of an over-long run or a word that swallowed digits, never re-scanning it.
    while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i)))) i++;
    if (i <= start) i = start + 1;
  }
  return runs;
}
