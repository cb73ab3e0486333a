import type { Token } from "../../text/tokenize.ts";
import { ibanValid } from "./checksums.ts";
import { cueBefore } from "./cues.ts";
import { digitTokenIndices, nextPositionNearDigits, type DigitCursor } from "./digit-tokens.ts";
import type { PersonalDataMatch } from "./types.ts";

/**
 * Letter-and-digit identifiers read from the shared tokens in one pass: IBANs, National
 * Insurance numbers and UK postcodes. Tokens joined by a single space may form one identifier.
 */

// HMRC: first letter not D F I Q U V; second not D F I O Q U V; some pairs never issued.
const NI_FIRST = /^[A-CEGHJ-PR-TW-Z]$/;
const NI_SECOND = /^[A-CEGHJ-NPR-TW-Z]$/;
const NI_BANNED = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);
const NI_CUES = ["ni", "nino", "national insurance", "ni number", "ni no"];

export function niNumberValid(compact: string): boolean {
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(compact)) return false;
  const prefix = compact.slice(0, 2);
  return NI_FIRST.test(prefix[0]!) && NI_SECOND.test(prefix[1]!) && !NI_BANNED.has(prefix);
}

// Royal Mail: outward A9, A99, A9A, AA9, AA99, AA9A; inward 9AA. Letter positions are restricted.
const OUTWARD =
  /^(?:[A-PR-UWYZ]\d{1,2}|[A-PR-UWYZ][A-HK-Y]\d{1,2}|[A-PR-UWYZ]\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY])$/;
const INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;

export function postcodeValid(outward: string, inward: string): boolean {
  if (outward === "GIR" && inward === "0AA") return true;
  return OUTWARD.test(outward) && INWARD.test(inward);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const singleSpace = (text: string, a: Token, b: Token | undefined) =>
  b !== undefined && b.start === a.end + 1 && text.charCodeAt(a.end) === 32;

export function findIdentifiers(
  tokens: readonly Token[],
  text: string,
  lower: string,
  digitTokens: readonly number[] = digitTokenIndices(tokens),
): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const cursor: DigitCursor = [0];
  for (let i = 0; i < tokens.length; i++) {
    // Each identifier has a digit in its first token or the next.
    i = nextPositionNearDigits(digitTokens, cursor, i, 1);
    if (i < 0) break;
    const t = tokens[i]!;
    const w = t.text;
    const c0 = w.charCodeAt(0);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) continue;
    if (w.length > 40) continue;
    // Every identifier here has a digit in its first four characters or in the next token.
    const following = tokens[i + 1];
    const nextStartsWithDigit = following !== undefined && isDigitCode(following.text.charCodeAt(0));
    if (!nextStartsWithDigit && !isDigitCode(w.charCodeAt(1)) && !isDigitCode(w.charCodeAt(2))) continue;

    // IBAN: two letters, two check digits, then up to 30 letters and digits, often in fours.
    const d2 = w.charCodeAt(2);
    const d3 = w.charCodeAt(3);
    if (w.length >= 4 && d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57 && /^[A-Za-z]{2}\d{2}/.test(w)) {
      let compact = w;
      let j = i;
      while (
        compact.length < 34 &&
        singleSpace(text, tokens[j]!, tokens[j + 1]) &&
        /^[A-Za-z0-9]{1,4}$/.test(tokens[j + 1]!.text)
      ) {
        compact += tokens[j + 1]!.text;
        j++;
      }
      // Take the longest prefix of whole tokens that validates.
      for (let k = j; k >= i; k--) {
        const candidate = tokens
          .slice(i, k + 1)
          .map((x) => x.text)
          .join("");
        if (candidate.length >= 15 && ibanValid(candidate)) {
          out.push({ type: "iban", start: t.start, end: tokens[k]!.end });
          i = k;
          break;
        }
      }
      if (out.length && out[out.length - 1]!.start === t.start) continue;
    }

    // National Insurance: "QQ123456C", "QQ 12 34 56 C", "QQ 123456 C".
    if (
      (w.length === 2 && singleSpace(text, t, tokens[i + 1])) ||
      ((w.length === 8 || w.length === 9) && d2 >= 48 && d2 <= 57)
    ) {
      let compact = w;
      let j = i;
      while (compact.length < 9 && j - i < 4 && singleSpace(text, tokens[j]!, tokens[j + 1])) {
        compact += tokens[j + 1]!.text;
        j++;
      }
      const upper = compact.toUpperCase();
      const writtenUpper = compact === upper;
      if (
        compact.length === 9 &&
        niNumberValid(upper) &&
        (writtenUpper || cueBefore(lower, t.start, 30, NI_CUES))
      ) {
        out.push({ type: "ni_number", start: t.start, end: tokens[j]!.end });
        i = j;
        continue;
      }
    }

    // UK postcode: "WR14 3AF" or written without the space "WR143AF"; capitals, as addressed.
    const d1 = w.charCodeAt(1);
    const hasDigitEarly = (d1 >= 48 && d1 <= 57) || (d2 >= 48 && d2 <= 57);
    if (!hasDigitEarly) continue;
    if (w.length >= 2 && w.length <= 4 && singleSpace(text, t, tokens[i + 1])) {
      const inward = tokens[i + 1]!.text;
      if (inward.length === 3 && postcodeValid(w, inward)) {
        out.push({ type: "postcode", start: t.start, end: tokens[i + 1]!.end });
        i++;
        continue;
      }
    } else if (w.length >= 5 && w.length <= 7 && postcodeValid(w.slice(0, -3), w.slice(-3))) {
      out.push({ type: "postcode", start: t.start, end: t.end });
    }
  }
  return out;
}
