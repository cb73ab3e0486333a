import { luhnValid, nhsNumberValid } from "./checksums.ts";
import { cueAfter, cueBefore } from "./cues.ts";
import type { DigitRun } from "./digit-runs.ts";
import { classifyPhone } from "./phone.ts";
import type { PersonalDataMatch } from "./types.ts";

const PHONE_CUES = [
  "phone",
  "tel",
  "telephone",
  "mobile",
  "mob",
  "cell",
  "fax",
  "desk",
  "call",
  "ring",
  "text",
  "sms",
  "whatsapp",
  "contact",
  "number",
  "answering",
  "registered",
  "messages to",
  "reach",
];
const PHONE_AFTER_CUES = ["office", "fax", "mobile", "home", "work"];
const CARD_CUES = ["card", "cc", "visa", "mastercard", "amex", "debit", "credit", "maestro"];
const NHS_CUES = ["nhs", "patient", "chi"];
const SORT_CODE_CUES = ["sort code", "sortcode", "sort-code"];
const ACCOUNT_CUES = ["account number", "account no", "acc no", "a/c", "account"];
const SSN_CUES = ["ssn", "social security"];

function sameSeps(run: DigitRun, allowed: string): boolean {
  const seps = run.seps;
  for (let k = 0; k < seps.length; k++) if (!allowed.includes(seps[k]!) || seps[k] !== seps[0]) return false;
  return true;
}

function groupsAre(run: DigitRun, ...shape: number[]): boolean {
  const g = run.groups;
  if (g.length !== shape.length) return false;
  for (let k = 0; k < g.length; k++) if (g[k] !== shape[k]) return false;
  return true;
}

function isIpv4(run: DigitRun): boolean {
  if (run.groups.length !== 4 || run.plus || run.paren || !run.seps.every((s) => s === ".")) return false;
  let at = 0;
  for (const len of run.groups) {
    if (len > 3) return false;
    const part = run.digits.slice(at, at + len);
    if (Number(part) > 255 || (len > 1 && part.startsWith("0"))) return false;
    at += len;
  }
  return true;
}

function isSortCode(run: DigitRun): boolean {
  return groupsAre(run, 2, 2, 2) && sameSeps(run, "- ");
}

function isCardShape(run: DigitRun, cued: boolean): boolean {
  const n = run.digits.length;
  if (n < 12 || n > 19 || run.plus || run.paren) return false;
  if (n === 12 && !cued) return false;
  if (run.groups.length > 1) {
    if (!sameSeps(run, " -")) return false;
    const fours = run.groups.slice(0, -1).every((g) => g === 4) && run.groups[run.groups.length - 1]! <= 4;
    const amex = groupsAre(run, 4, 6, 5) || groupsAre(run, 4, 6, 4);
    if (!fours && !amex) return false;
  }
  return luhnValid(run.digits);
}

function isNhsNumber(run: DigitRun, lower: string): boolean {
  if (run.digits.length !== 10 || run.plus || run.paren) return false;
  const spaced = groupsAre(run, 3, 3, 4) && sameSeps(run, " -");
  if (!spaced && run.groups.length !== 1) return false;
  if (!nhsNumberValid(run.digits)) return false;
  if (cueBefore(lower, run.start, 40, NHS_CUES)) return true;
  // A 3-3-4 number that passes modulus 11 is an NHS number unless it is introduced as a phone.
  return spaced && !cueBefore(lower, run.start, 30, PHONE_CUES);
}

function isUsSsn(run: DigitRun, lower: string): boolean {
  const shaped = groupsAre(run, 3, 2, 4) && sameSeps(run, "- ");
  const plainCued =
    run.groups.length === 1 && run.digits.length === 9 && cueBefore(lower, run.start, 30, SSN_CUES);
  if (!shaped && !plainCued) return false;
  const area = run.digits.slice(0, 3);
  return (
    area !== "000" &&
    area !== "666" &&
    area[0] !== "9" &&
    run.digits.slice(3, 5) !== "00" &&
    run.digits.slice(5) !== "0000"
  );
}

/** Dates, times, year ranges and ZIP codes written with digits only: not phone numbers. */
function looksLikeDateOrCode(run: DigitRun): boolean {
  const g = run.groups;
  let dot = false;
  let dash = false;
  for (const s of run.seps) {
    const trimmed = s.trim();
    if (trimmed === ".") dot = true;
    else if (trimmed === "-") dash = true;
  }
  if (dot && dash) return true;
  if (g[0] === 4 && g[1] === 2 && g[2] === 2 && run.seps[0] === "-") return true; // 2024-05-01
  if (g.length === 3 && g[0]! <= 2 && g[1]! <= 2 && (g[2] === 4 || g[2] === 2) && sameSeps(run, ".-")) {
    const day = Number(run.digits.slice(0, g[0]));
    const month = Number(run.digits.slice(g[0], g[0]! + g[1]!));
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true;
  }
  if (groupsAre(run, 4, 4) && run.seps[0] === "-" && /^(19|20)\d\d(19|20)\d\d$/.test(run.digits)) return true;
  if ((groupsAre(run, 5, 4) || groupsAre(run, 5, 3) || groupsAre(run, 4, 3)) && run.seps[0] === "-")
    return true; // ZIP+4, CEP, Portuguese codes
  return false;
}

/**
 * Classifies each digit run as the most specific personal data it can be. Runs that are a
 * sort code followed by an account number merge into one bank account match.
 */
export function classifyDigitRuns(
  runs: readonly DigitRun[],
  text: string,
  lower: string,
): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const money = run.start > 0 && "£$€".includes(text[run.start - 1]!);
    if (money) continue;
    if (isIpv4(run)) {
      out.push({ type: "ip_address", start: run.start, end: run.end, kind: "IPv4" });
      continue;
    }
    // Every finder needs four digits or more (an IPv4 address has four groups); most runs are years and counts.
    if (run.digits.length < 6 && run.groups.length !== 4) continue;
    const sixPlain = run.groups.length === 1 && run.digits.length === 6;
    const sortCued = (sixPlain || isSortCode(run)) && cueBefore(lower, run.start, 30, SORT_CODE_CUES);
    if (isSortCode(run) || (sortCued && sixPlain)) {
      const next = runs[i + 1];
      const account =
        next &&
        next.start - run.end <= 40 &&
        next.groups.length === 1 &&
        next.digits.length >= 7 &&
        next.digits.length <= 10;
      if (account) {
        out.push({
          type: "bank_account",
          start: run.start,
          end: next.end,
          kind: "sort code and account number",
        });
        i++;
        continue;
      }
      if (sortCued) {
        out.push({ type: "bank_account", start: run.start, end: run.end, kind: "sort code" });
        continue;
      }
    }
    if (
      groupsAre(run, 2, 2, 2, 8) &&
      run.seps[0] === run.seps[1] &&
      "- ".includes(run.seps[0]!) &&
      run.seps[2] === " "
    ) {
      out.push({
        type: "bank_account",
        start: run.start,
        end: run.end,
        kind: "sort code and account number",
      });
      continue;
    }
    if (run.groups.length === 1 && run.digits.length === 8 && cueBefore(lower, run.start, 24, ACCOUNT_CUES)) {
      out.push({ type: "bank_account", start: run.start, end: run.end, kind: "account number" });
      continue;
    }
    if (isCardShape(run, run.digits.length === 12 && cueBefore(lower, run.start, 30, CARD_CUES))) {
      out.push({ type: "card_number", start: run.start, end: run.end });
      continue;
    }
    if (isNhsNumber(run, lower)) {
      out.push({ type: "nhs_number", start: run.start, end: run.end });
      continue;
    }
    if (isUsSsn(run, lower)) {
      out.push({ type: "gov_id", start: run.start, end: run.end, kind: "US social security number" });
      continue;
    }
    if (looksLikeDateOrCode(run)) continue;
    const cued =
      cueBefore(lower, run.start, 30, PHONE_CUES) || cueAfter(lower, run.end, 12, PHONE_AFTER_CUES);
    if (classifyPhone(run, cued) === "personal") out.push({ type: "phone", start: run.start, end: run.end });
  }
  return out;
}
