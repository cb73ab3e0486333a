import type { AnalysedText } from "../../rule.ts";
import { chunksOf, type Chunk } from "./chunks.ts";
import { looksRandom } from "./entropy.ts";
import { KEY_CUES, PASSWORD_CUES } from "./cues.ts";
import { mayHoldSecret } from "./hint.ts";

export type SecretKind = "password" | "api_key" | "one_time_code";

export interface SecretMatch {
  kind: SecretKind;
  start: number;
  end: number;
  /** What it is, for the message: "AWS access key", "password"... */
  label: string;
}

/** Known token formats, anchored and bounded; each is tried only on chunks with its prefix. */
const KEY_FORMATS: { prefix: string; re: RegExp; label: string }[] = [
  { prefix: "AKIA", re: /^AKIA[0-9A-Z]{16}$/, label: "AWS access key" },
  { prefix: "ASIA", re: /^ASIA[0-9A-Z]{16}$/, label: "AWS temporary access key" },
  { prefix: "ghp_", re: /^ghp_[A-Za-z0-9]{36}$/, label: "GitHub token" },
  { prefix: "gho_", re: /^gho_[A-Za-z0-9]{36}$/, label: "GitHub token" },
  { prefix: "ghu_", re: /^ghu_[A-Za-z0-9]{36}$/, label: "GitHub token" },
  { prefix: "ghs_", re: /^ghs_[A-Za-z0-9]{36}$/, label: "GitHub token" },
  { prefix: "github_pat_", re: /^github_pat_[A-Za-z0-9_]{22,255}$/, label: "GitHub token" },
  { prefix: "xox", re: /^xox[abposr]-[A-Za-z0-9-]{10,250}$/, label: "Slack token" },
  { prefix: "sk_live_", re: /^sk_live_[A-Za-z0-9]{16,128}$/, label: "Stripe secret key" },
  { prefix: "AIza", re: /^AIza[A-Za-z0-9_-]{35}$/, label: "Google API key" },
  {
    prefix: "eyJ",
    re: /^eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{4,2000}\.[A-Za-z0-9_-]{8,1000}$/,
    label: "JSON Web Token",
  },
];

const CODE_LEADS = new Set([
  "verification",
  "security",
  "one-time",
  "login",
  "access",
  "authentication",
  "auth",
  "confirmation",
  "2fa",
  "mfa",
  "your",
  "the",
  "sms",
]);
const LINKS = new Set(["is", "was", "=", ":", "-", "is:", "now", "to"]);
/** Words after "password is" that describe it rather than give it. */
const NOT_A_VALUE = new Set([
  "required",
  "incorrect",
  "wrong",
  "invalid",
  "expired",
  "changed",
  "reset",
  "case",
  "sensitive",
  "too",
  "not",
  "missing",
  "strong",
  "weak",
  "correct",
  "the",
  "a",
  "your",
  "my",
  "our",
  "same",
  "different",
  "secure",
  "safe",
  "protected",
  "needed",
  "manager",
  "managers",
  "policy",
  "change",
  "changes",
  "and",
  "or",
  "for",
  "of",
  "on",
  "in",
  "at",
  "to",
  "you",
  "it",
  "this",
  "that",
  "being",
  "still",
  "also",
  "always",
  "never",
  "hidden",
  "shared",
  "private",
  "confidential",
  "long",
  "short",
  "updated",
]);

function splitAssignment(chunk: Chunk): { key: string; value: Chunk } | undefined {
  const m = /^([A-Za-z_-]{2,30})[:=]{1,2}(.+)$/.exec(chunk.text);
  if (!m) return undefined;
  const offset = chunk.text.length - m[2]!.length;
  return { key: m[1]!.toLowerCase(), value: { start: chunk.start + offset, end: chunk.end, text: m[2]! } };
}

function knownKey(text: string): string | undefined {
  for (const f of KEY_FORMATS) if (text.startsWith(f.prefix) && f.re.test(text)) return f.label;
  return undefined;
}

/** The value a cue introduces: the next chunk after "is", ":" or "=", if it reads as a value. */
function valueAfter(
  chunks: readonly Chunk[],
  k: number,
  cueText: string,
): { value: Chunk; index: number } | undefined {
  let j = k + 1;
  let linked = cueText.endsWith(":") || cueText.endsWith("=");
  while (j < chunks.length && j - k <= 3 && LINKS.has(chunks[j]!.text.toLowerCase())) {
    linked = true;
    j++;
  }
  const value = chunks[j];
  if (!value) return undefined;
  return linked || /\d/.test(value.text) ? { value, index: j } : undefined;
}

/** The rules of one screen ask in turn, so the last text's answer is the only one kept. */
let lastAnalysed: AnalysedText | undefined;
let lastFound: SecretMatch[] = [];
/** Passwords, keys, tokens and one-time codes written in a text: one pass over its chunks. */
export function findSecrets(analysed: AnalysedText): SecretMatch[] {
  if (analysed !== lastAnalysed) {
    lastFound = scan(analysed);
    lastAnalysed = analysed;
  }
  return lastFound;
}

function scan(analysed: AnalysedText): SecretMatch[] {
  // Every secret has a cue word or a key prefix; most texts have neither and stop here.
  if (!mayHoldSecret(analysed)) return [];
  const chunks = chunksOf(analysed.text);
  const out: SecretMatch[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const len = c.text.length;
    const label = len >= 14 ? knownKey(c.text) : undefined;
    if (label) {
      out.push({ kind: "api_key", start: c.start, end: c.end, label });
      continue;
    }
    const assignment = c.text.includes(":") || c.text.includes("=") ? splitAssignment(c) : undefined;
    if (assignment) {
      const { key, value } = assignment;
      const inner = knownKey(value.text);
      if (inner) {
        out.push({ kind: "api_key", start: value.start, end: value.end, label: inner });
        continue;
      }
      if (PASSWORD_CUES.has(key) && value.text.length >= 3) {
        out.push({
          kind: "password",
          start: value.start,
          end: value.end,
          label: key === "pin" ? "PIN" : "password",
        });
        continue;
      }
      if ([...KEY_CUES].some((cue) => key.endsWith(cue)) && looksRandom(value.text)) {
        out.push({ kind: "api_key", start: value.start, end: value.end, label: "secret key or token" });
        continue;
      }
    }
    // Cue words are short; longer chunks were only candidates for keys and assignments.
    if (len > 16) continue;
    const word = c.text.toLowerCase().replace(/[:=]$/, "");
    if (PASSWORD_CUES.has(word)) {
      const found = valueAfter(chunks, k, c.text);
      if (
        found &&
        found.value.text.length >= 3 &&
        found.value.text.length <= 64 &&
        !NOT_A_VALUE.has(found.value.text.toLowerCase())
      ) {
        const isPin = word === "pin" || word === "passcode";
        if (!isPin || /^\d{4,8}$/.test(found.value.text) || found.value.text.length >= 6) {
          out.push({
            kind: "password",
            start: found.value.start,
            end: found.value.end,
            label: word === "pin" ? "PIN" : word === "passcode" ? "passcode" : "password",
          });
          k = found.index;
          continue;
        }
      }
    }
    if (KEY_CUES.has(word)) {
      const found = valueAfter(chunks, k, c.text);
      // A known format is reported by its own name when the loop reaches it.
      if (found && !knownKey(found.value.text) && looksRandom(found.value.text)) {
        out.push({
          kind: "api_key",
          start: found.value.start,
          end: found.value.end,
          label: "secret key or token",
        });
        k = found.index;
        continue;
      }
    }
    if (word === "code" || word === "otp" || word === "pin-code") {
      const lead = chunks[k - 1]?.text.toLowerCase();
      const isCode = word === "otp" || (lead !== undefined && CODE_LEADS.has(lead));
      const found = isCode ? valueAfter(chunks, k, c.text) : undefined;
      if (found && /^\d{4,8}$/.test(found.value.text)) {
        out.push({
          kind: "one_time_code",
          start: found.value.start,
          end: found.value.end,
          label: "one-time code",
        });
        k = found.index;
        continue;
      }
    }
  }
  return out;
}
