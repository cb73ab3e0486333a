import { findUrls } from "../../src/classifiers/url-scan.ts";
import { readRows, splitOf } from "./data.ts";

/**
 * Benign links for training only. The benign URL list is deep pages on a few hundred sites,
 * so on its own it teaches "short or unfamiliar = phishing", which would block every
 * homepage and every shortened link a council posts. Two remedies, both from the data:
 * links found in the training splits of the social-media files (mostly t.co, bit.ly,
 * .gov pages), and the homepage and first folder of every benign site.
 */
const SOCIAL_FILES = ["political-posts.jsonl", "abuse-davidson.jsonl", "abuse-olid-train.jsonl", "disparagement-dong2014-train.jsonl"];

export function socialLinks(): string[] {
  const links: string[] = [];
  for (const file of SOCIAL_FILES) {
    for (const row of readRows(file)) {
      if (splitOf(file, row.id) !== "train") continue;
      for (const span of findUrls(row.text)) {
        const url = row.text.slice(span.start, span.end);
        // Truncated by the export ("t.co&#8230;"): not a real link.
        if (!url.includes("&#") && !url.includes("…")) links.push(url);
      }
    }
  }
  return links;
}

export function benignSiteRoots(benignUrls: readonly string[]): string[] {
  const roots = new Set<string>();
  for (const url of benignUrls) {
    const bare = url.replace(/^[a-z]{1,10}:\/\//i, "");
    const slash = bare.indexOf("/");
    const host = slash < 0 ? bare : bare.slice(0, slash);
    roots.add(`https://${host}/`);
    const folder = slash < 0 ? "" : bare.slice(slash + 1).split(/[/?#]/)[0];
    if (folder) roots.add(`https://${host}/${folder}`);
  }
  return [...roots];
}
