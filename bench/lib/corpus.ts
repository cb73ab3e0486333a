import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** The evaluation data beside the repository; only benchmarks run by hand read it. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, "../shared/data");

export interface Corpus {
  dir: string;
  texts: string[];
  /** UTF-8 bytes of all the texts. */
  bytes: number;
}

/** Every `text` field of every .jsonl file in `dir`, or undefined when the directory is absent. */
export function loadCorpus(dir: string): Corpus | undefined {
  if (!existsSync(dir)) return undefined;
  const texts: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".jsonl"))
    .sort()) {
    for (const line of readFileSync(join(dir, name), "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const record = JSON.parse(line) as { text?: unknown };
        if (typeof record.text === "string" && record.text) texts.push(record.text);
      } catch {
        // A malformed line in someone's data set is not the benchmark's business.
      }
    }
  }
  if (texts.length === 0) return undefined;
  return { dir, texts, bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) };
}

/**
 * `count` texts of exactly `length` UTF-16 units, each made by joining consecutive corpus texts
 * (as a long post or a pasted document would read), starting at spread-out places in the corpus.
 */
export function sizedTexts(texts: readonly string[], length: number, count: number): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(texts.length / count));
  for (let k = 0; k < count; k++) {
    let s = "";
    for (let i = (k * step) % texts.length; s.length < length; i = (i + 1) % texts.length)
      s += `${texts[i]} `;
    let cut = length;
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // keep surrogate pairs whole
    out.push(s.slice(0, cut));
  }
  return out;
}

export function dataDirFromArgs(argv: readonly string[]): string {
  const i = argv.indexOf("--data");
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : DEFAULT_DATA_DIR;
}

export function numberArg(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const value = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
