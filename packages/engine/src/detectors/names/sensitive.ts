/**
 * Words that make naming a private person sensitive: health, crime, money trouble, complaints,
 * family and employment matters. Looked for near the name, within the same sentence or so.
 */
const SENSITIVE = [
  "complaint",
  "complained",
  "complaining",
  "arrested",
  "charged",
  "convicted",
  "court",
  "prison",
  "sentenced",
  "fined",
  "police",
  "died",
  "death",
  "passed away",
  "funeral",
  "illness",
  "ill",
  "cancer",
  "diagnosed",
  "hospital",
  "disability",
  "disabled",
  "mental health",
  "benefits",
  "debt",
  "arrears",
  "evicted",
  "eviction",
  "homeless",
  "safeguarding",
  "abuse",
  "victim",
  "disciplinary",
  "dismissed",
  "sacked",
  "suspended",
  "grievance",
  "pregnant",
  "divorce",
  "lives at",
  "address",
  "tribunal",
  "investigation",
  "allegation",
  "alleged",
  "accused",
  "killers",
  "killed",
  "assault",
  "fraud",
];

const WINDOW = 80;

/**
 * Any of the words anywhere, in one pass of the regular expression engine: most windows hold
 * none, and this rules them out faster than fifty searches. Literal alternatives only, so linear.
 */
const ANY_SENSITIVE = new RegExp(SENSITIVE.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

const isLowerLetter = (c: number) => c >= 97 && c <= 122;

/** True when a sensitive word appears within a short window around the span. */
export function nearSensitiveWords(lower: string, start: number, end: number): string | undefined {
  const around = lower.slice(Math.max(0, start - WINDOW), Math.min(lower.length, end + WINDOW));
  if (!ANY_SENSITIVE.test(around)) return undefined;
  for (const w of SENSITIVE) {
    const at = around.indexOf(w);
    if (at < 0) continue;
    const before = around.charCodeAt(at - 1);
    const after = around.charCodeAt(at + w.length);
    if (!isLowerLetter(before) && !isLowerLetter(after)) return w;
  }
  return undefined;
}
