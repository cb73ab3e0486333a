import { hashStep } from "./hash.ts";
import { ListedWords } from "./listed-words.ts";
import { addHashedWord, addLabel, addLabelWord, binned, label, type UrlFeatureBuffer } from "./url-labels.ts";
import { countOf, isWordCode } from "./url-text.ts";
import { BRAND_WORDS, CREDENTIAL_WORDS, REDIRECT_KEYS, SCRIPT_TYPES } from "./url-words.ts";

/** Features of a link's path and query: depth, file type, words, encoding and redirects. */

const MAX_PATH_WORDS = 30;
const MAX_WORD = 24;

const PATH_DEPTH = binned("path depth", [0, 1, 2, 3, 5, 8]);
const PATH_LENGTH = binned("path length", [1, 10, 25, 50, 100]);
const SCRIPT_AT_DEPTH = binned("script at depth", [1, 2, 4]);
const PATH_NUMBER = binned("path number", [2, 4, 8]);
const PATH_WORDS = binned("path words", [0, 2, 4, 8]);
const CREDENTIAL_WORDS_IN_PATH = binned("credential words in path", [1, 2]);
const ENCODED_CHARACTERS = binned("encoded characters", [2, 6]);
const QUERY_FIELDS = binned("query fields", [1, 2, 4]);

const HOMEPAGE = label("homepage");
const ENDS_WITH_FOLDER = label("path ends with a folder");
const FILE_TYPE = label("file type ");
const LONG_HEX_TOKEN = label("long hex token in path");
const LONG_TOKEN = label("long token in path");
const PATH_WORD = label("path word ");
const CREDENTIAL = 1;
const BRAND = 2;
const PATH_WORD_LISTS = new ListedWords(PATH_WORD.hash, [
  [CREDENTIAL_WORDS, CREDENTIAL],
  [BRAND_WORDS, BRAND],
]);
const BRAND_IN_PATH = label("brand in path");
const DOUBLE_SLASH = label("path contains //");
const USER_FOLDER = label("path has a user folder");
const QUERY_KEY = label("query key ");
const REDIRECT = label("redirects to another address");
const EMAIL_IN_QUERY = label("email address in query");
const ADDRESS_INSIDE = label("another address inside the link");

export function pathFeatures(path: string, query: string, lowerUrl: string, out: UrlFeatureBuffer): void {
  // Non-empty segments between slashes, and the last of them.
  let depth = 0;
  let lastFrom = 0;
  let lastTo = 0;
  for (let from = 0; from < path.length;) {
    let to = path.indexOf("/", from);
    if (to < 0) to = path.length;
    if (to > from) {
      depth++;
      lastFrom = from;
      lastTo = to;
    }
    from = to + 1;
  }
  addLabel(out, PATH_DEPTH(depth));
  addLabel(out, PATH_LENGTH(path.length));
  if (depth === 0 && query.length === 0) addLabel(out, HOMEPAGE);
  if (path.length > 1 && path.endsWith("/")) addLabel(out, ENDS_WITH_FOLDER);
  const dot = path.lastIndexOf(".", lastTo - 1);
  if (dot > lastFrom) {
    const typeTo = Math.min(lastTo, dot + 6);
    addLabelWord(out, FILE_TYPE, path, dot + 1, typeTo);
    if (SCRIPT_TYPES.has(path.slice(dot + 1, typeTo))) addLabel(out, SCRIPT_AT_DEPTH(depth));
  }
  let credentials = 0;
  let brands = 0;
  let words = 0;
  // Words are runs of letters and digits, read in place: each code once, noting on the way
  // whether the word is a number or hex and hashing its label.
  let start = -1;
  let digits = true;
  let hex = true;
  let h = 0;
  for (let i = 0; i <= path.length && words < MAX_PATH_WORDS; i++) {
    const c = i < path.length ? path.charCodeAt(i) : 0;
    if (isWordCode(c)) {
      if (start < 0) {
        start = i;
        digits = true;
        hex = true;
        h = PATH_WORD.hash;
      }
      if (c > 57) digits = false;
      if (c > 102) hex = false;
      // A word longer than MAX_WORD is a long token, whose label is not hashed on.
      if (i - start < MAX_WORD) h = hashStep(h, c);
      continue;
    }
    if (start < 0) continue;
    const from = start;
    start = -1;
    words++;
    if (digits) addLabel(out, PATH_NUMBER(i - from));
    else if (i - from >= 16 && hex) addLabel(out, LONG_HEX_TOKEN);
    else if (i - from > MAX_WORD) addLabel(out, LONG_TOKEN);
    else {
      const listed = PATH_WORD_LISTS.flagsOf(h, path, from, i);
      if (listed & CREDENTIAL) credentials++;
      if (listed & BRAND) brands++;
      addHashedWord(out, PATH_WORD, h, path, from, i);
    }
  }
  addLabel(out, PATH_WORDS(words));
  if (credentials > 0) addLabel(out, CREDENTIAL_WORDS_IN_PATH(credentials));
  if (brands > 0) addLabel(out, BRAND_IN_PATH);
  if (path.includes("//")) addLabel(out, DOUBLE_SLASH);
  if (path.includes("~")) addLabel(out, USER_FOLDER);
  const encoded = countOf(path, "%") + countOf(query, "%");
  if (encoded > 0) addLabel(out, ENCODED_CHARACTERS(encoded));
  if (query.length > 0) queryFeatures(query, out);
  if (lowerUrl.indexOf("http", 8) >= 0) addLabel(out, ADDRESS_INSIDE);
}

const MAX_QUERY_FIELDS = 8;

/**
 * The query's fields ("&"-separated), each read in place: its key, and whether its value is
 * another address or holds an email address. The first MAX_QUERY_FIELDS fields are read.
 */
function queryFeatures(query: string, out: UrlFeatureBuffer): void {
  addLabel(out, QUERY_FIELDS(countOf(query, "&") + 1));
  let from = 0;
  for (let field = 0; field < MAX_QUERY_FIELDS && from <= query.length; field++) {
    let to = query.indexOf("&", from);
    if (to < 0) to = query.length;
    let eq = query.indexOf("=", from);
    if (eq >= to) eq = -1;
    const keyTo = Math.min(eq >= 0 ? eq : to, from + MAX_WORD);
    addLabelWord(out, QUERY_KEY, query, from, keyTo);
    if (eq >= 0) {
      const value = eq + 1;
      if (
        (startsWithin(query, "http", value, to) || startsWithin(query, "www", value, to)) &&
        REDIRECT_KEYS.has(query.slice(from, keyTo))
      )
        addLabel(out, REDIRECT);
      if (foundWithin(query, "@", value, to) || foundWithin(query, "%40", value, to))
        addLabel(out, EMAIL_IN_QUERY);
    }
    from = to + 1;
  }
}

/** Whether s[from, to) starts with `prefix`. */
function startsWithin(s: string, prefix: string, from: number, to: number): boolean {
  return to - from >= prefix.length && s.startsWith(prefix, from);
}

/** Whether `part` occurs wholly inside s[from, to). */
function foundWithin(s: string, part: string, from: number, to: number): boolean {
  const at = s.indexOf(part, from);
  return at >= 0 && at + part.length <= to;
}
