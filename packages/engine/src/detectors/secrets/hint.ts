/**
 * Whether a text could hold a secret, read from the tokens and hashes the shared scan already
 * made, so most texts are ruled out without lower-casing the text or running a pattern over it.
 * One-sided: every text the secrets scan reports in passes; a few that pass report nothing.
 */
import type { AnalysedText } from "../../rule.ts";
import { UNKNOWN_HASH } from "../../text/word-hash.ts";
import { WordFilter } from "../../text/word-filter.ts";
import { KEY_CUES, PASSWORD_CUES } from "./cues.ts";

/**
 * The words a cue chunk splits into. "_" and "-" end a token, so a joined key cue is caught by
 * its last part ("api_key" by "key", "client_secret" by "secret"); "code" and "otp" lead
 * one-time codes. Then the key formats whose prefix is a whole token: "sk_live_" starts with
 * the token "sk", "github_pat_" with "github", "ghp_" with "ghp", "xoxb-" with "xoxb".
 */
const CUE_WORDS = new Set([
  ...PASSWORD_CUES,
  ...[...KEY_CUES].map((cue) => cue.split(/[_-]/).pop()!),
  "code",
  "otp",
  "sk",
  "github",
  "ghp",
  "gho",
  "ghu",
  "ghs",
  "xoxa",
  "xoxb",
  "xoxp",
  "xoxo",
  "xoxs",
  "xoxr",
]);
const CUE_FILTER = new WordFilter(CUE_WORDS);
/** An assignment's name counts as a key cue by how it ends ("mytoken=", "client_secret:"). */
const KEY_ENDINGS = ["key", "token", "secret", "bearer"];

/** The key formats whose prefix only begins a longer token; each has a capital. */
function startsCapitalKeyFormat(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c === 65) return word.startsWith("AKIA") || word.startsWith("ASIA") || word.startsWith("AIza");
  return c === 101 && word.startsWith("eyJ");
}

/** True when some chunk of the text may be a key, an assignment of a secret, or a cue word. */
export function mayHoldSecret(analysed: AnalysedText): boolean {
  const { tokens, wordHashes, text, summary } = analysed;
  const capitals = summary.upper > 0;
  // An assignment ("pwd=…", "token: …") needs a ":" or "=" after its name.
  const assigns = summary.colons > 0 || text.indexOf("=") !== -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const h = wordHashes[i]!;
    // An unhashed token may still lower-case to a cue: "\u212Aey" with the Kelvin sign is "key".
    if (
      h === UNKNOWN_HASH
        ? CUE_WORDS.has(token.lower)
        : CUE_FILTER.mayHaveHash(h) && CUE_WORDS.has(token.lower)
    )
      return true;
    if (capitals && startsCapitalKeyFormat(token.text)) return true;
    if (assigns) {
      const next = text.charCodeAt(token.end);
      if ((next === 58 || next === 61) && KEY_ENDINGS.some((e) => token.lower.endsWith(e))) return true;
    }
  }
  return false;
}
