import { tokenize, type Token } from "../../text/tokenize.ts";
import { WordFilter } from "../../text/word-filter.ts";

/**
 * Finds many phrases at once over word tokens: one trie keyed by lower-cased words, walked
 * from each token. The work per token is bounded by the longest phrase, so a scan is linear.
 */
export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and last matched token. */
  firstToken: number;
  lastToken: number;
  /** UTF-16 span in the text. */
  start: number;
  end: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [] });

/** The key a token is looked up by: lower case, typographic apostrophes made plain. */
export function wordKey(lower: string): string {
  return lower.indexOf("\u2019") === -1 ? lower : lower.replaceAll("\u2019", "'");
}

export class PhraseMatcher<T> {
  private readonly root = newNode<T>();
  /** First words of the phrases: most tokens open none and are passed over without a lookup. */
  private readonly firstWords = new WordFilter();

  constructor(entries: Iterable<readonly [phrase: string, value: T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  /** Adds a phrase; it is split into words the same way the text is, so punctuation is ignored. */
  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((t) => wordKey(t.lower));
    if (words.length === 0) return;
    this.firstWords.add(words[0]!);
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = newNode<T>()));
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Every occurrence of every phrase, ordered by first token then length. Overlaps are kept.
   * `asciiOnly`: the tokens come from a text without non-ASCII characters, so no key needs mending.
   * `wordHashes`: the tokens' hashes from the text scan, which rule out most tokens without their string.
   */
  match(tokens: readonly Token[], asciiOnly = false, wordHashes?: readonly number[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const root = this.root.next;
    const firstWords = this.firstWords;
    for (let i = 0; i < tokens.length; i++) {
      if (
        wordHashes !== undefined
          ? !firstWords.mayHaveHash(wordHashes[i]!)
          : !firstWords.mayHave(tokens[i]!.lower)
      )
        continue;
      const key = asciiOnly ? tokens[i]!.lower : wordKey(tokens[i]!.lower);
      let node = root.get(key);
      let j = i;
      while (node) {
        for (const value of node.values) {
          found.push({ value, firstToken: i, lastToken: j, start: tokens[i]!.start, end: tokens[j]!.end });
        }
        j++;
        if (j >= tokens.length || node.next.size === 0) break;
        node = node.next.get(asciiOnly ? tokens[j]!.lower : wordKey(tokens[j]!.lower));
      }
    }
    return found;
  }
}
