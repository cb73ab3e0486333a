import type { DigitRun } from "./digit-runs.ts";

/**
 * UK numbers that belong to organisations, not people: freephone 080x, the 03 "national
 * rate" ranges (030, 033, 034, 037), 084x/087x and 0500. Councils, the NHS and agencies
 * publish these on purpose, so they are not personal data.
 */
export function isUkOrganisationNumber(national: string): boolean {
  if (/^080\d{7,8}$/.test(national)) return true;
  if (/^0500\d{6}$/.test(national)) return true;
  if (/^03[0347]\d{8}$/.test(national)) return true;
  if (/^08[47]\d{8}$/.test(national)) return true;
  return false;
}

/** The number as dialled within the UK when it is a +44 number, else the digits. */
export function nationalForm(run: DigitRun): string {
  let d = run.digits;
  if (run.plus && d.startsWith("44")) {
    d = d.slice(2);
    return d.startsWith("0") ? d : `0${d}`; // "+44 (0)1684 ..." keeps its one trunk zero
  }
  return d;
}

/** Digit count without the "(0)" trunk prefix of "+44 (0)1684 ...". */
function significantDigits(run: DigitRun): number {
  const trunk =
    run.plus &&
    run.groups[1] === 1 &&
    (run.seps[0] ?? "").includes("(") &&
    run.digits[run.groups[0]!] === "0";
  return run.digits.length - (trunk ? 1 : 0);
}

export type PhoneVerdict = "personal" | "organisation" | undefined;

/**
 * Whether a digit run is written like a telephone number. `cued` says a word such as
 * "phone", "call" or "mobile" stands next to it, which lets plain digit strings count.
 */
export function classifyPhone(run: DigitRun, cued: boolean): PhoneVerdict {
  const digits = significantDigits(run);
  const grouped = run.groups.length > 1;
  const national = nationalForm(run);
  const ukShaped = /^0[1-9]\d{8,9}$/.test(national);
  if (ukShaped && isUkOrganisationNumber(national)) return "organisation";
  if (run.plus) return digits >= 8 && digits <= 15 ? "personal" : undefined;
  if (run.digits.startsWith("00") && digits >= 10 && digits <= 15) return "personal";
  if (run.digits.startsWith("0") && digits >= 9 && digits <= 12)
    return grouped || ukShaped || cued ? "personal" : undefined;
  if (digits < 7 || digits > 12) return undefined;
  // Short numbers without a trunk zero are as often house numbers, counts or codes: need a cue.
  if (digits < 10) return cued ? "personal" : undefined;
  if (grouped || run.paren) return "personal";
  return cued ? "personal" : undefined;
}
