/**
 * What `npm run train` trains: one task per committed model, with its data files, label,
 * hash size, the settings tried, extra training-only rows and probe texts.
 */
import { readRows, splitOf, type Row } from "./data.ts";
import {
  benignSiteRoots,
  codeHostingPages,
  madeUpBenignSites,
  platformPages,
  socialLinks,
} from "./extra-links.ts";
import type { TrainOptions } from "./logistic.ts";
import type { Head } from "./text-data.ts";

export const TEXT_BITS = 18;
export const URL_BITS = 17;

export interface Task {
  id: string;
  exportName: string;
  label: string;
  files: string[];
  kind: "text" | "url";
  bits: number;
  /** Regularisation and class weights tried; the calibration split picks one. */
  grid: (Partial<TrainOptions> & { naiveBayes?: boolean })[];
  /** Extra labelled texts, used for fitting only (never calibration or validation). */
  auxiliary?: (trainRows: readonly Row[]) => { text: string; y: number }[];
  /** Texts whose scores are printed after training, to see how the model treats unseen cases. */
  probes?: string[];
  /** The head of the shared multi-task table averaged into this model (text tasks). */
  head?: Head;
}

/** OLID outside its validation split: targeted insults (TIN) as disparagement, non-offensive tweets as not. */
function olidTargetedInsults(): { text: string; y: number }[] {
  const file = "abuse-olid-train.jsonl";
  return readRows(file)
    .filter((row) => splitOf(file, row.id) !== "validation")
    .map((row) => ({ text: row.text, label: (row as Row & { orig_label?: string }).orig_label ?? "" }))
    .filter((r) => r.label.startsWith("OFF/TIN") || r.label.startsWith("NOT"))
    .map((r) => ({ text: r.text, y: r.label.startsWith("OFF/TIN") ? 1 : 0 }));
}

function benignLinks(trainRows: readonly Row[]): { text: string; y: number }[] {
  const benign = trainRows.filter((r) => r.categories.length === 0).map((r) => r.text);
  return [
    ...socialLinks(),
    ...benignSiteRoots(benign),
    ...madeUpBenignSites(benign, 4000),
    ...platformPages(benign, 1500),
    ...codeHostingPages(benign, 750),
  ].map((text) => ({ text, y: 0 }));
}

export const BASE: Omit<TrainOptions, "bits"> = {
  epochs: 8,
  l2: 1e-5,
  learningRate: 0.05,
  positiveWeight: 1,
  seed: 20240601,
};
// 1e-6..1e-4 gave the same calibration F1 (within 0.002) for every task; one value keeps training quick.
const L2_GRID = [{ l2: 1e-5 }];
/**
 * Text models: plain and NB-weighted (see train/naive-bayes.ts); the calibration split picks.
 * NB-weighting won on all four text tasks (calibration F1 +0.012 to +0.019).
 */
const TEXT_GRID = [{ l2: 1e-5 }, { l2: 1e-5, naiveBayes: true }];

export const TASKS: Task[] = [
  {
    id: "abuse",
    head: "abuse",
    exportName: "abuseModel",
    label: "abuse",
    files: ["abuse-davidson.jsonl", "abuse-olid-train.jsonl"],
    kind: "text",
    bits: TEXT_BITS,
    grid: TEXT_GRID,
  },
  {
    id: "hate",
    head: "hate",
    exportName: "hateModel",
    label: "hate",
    files: ["abuse-davidson.jsonl"],
    kind: "text",
    bits: TEXT_BITS,
    grid: TEXT_GRID,
  },
  {
    id: "political",
    head: "political",
    exportName: "politicalModel",
    label: "political",
    files: ["political-posts.jsonl"],
    kind: "text",
    bits: TEXT_BITS,
    grid: TEXT_GRID,
  },
  {
    id: "disparagement",
    head: "disparagement",
    exportName: "disparagementModel",
    label: "disparagement",
    files: ["disparagement-dong2014-train.jsonl"],
    kind: "text",
    bits: TEXT_BITS,
    grid: TEXT_GRID,
    // Dong's 5,000 rows lack vocabulary; OLID's targeted insults at a person or group add it.
    auxiliary: olidTargetedInsults,
  },
  {
    id: "malicious-link",
    exportName: "maliciousLinkModel",
    label: "malicious_link",
    files: ["links-phishtank.jsonl"],
    kind: "url",
    bits: URL_BITS,
    grid: L2_GRID,
    auxiliary: benignLinks,
    probes: [
      "https://www.malvernfestival.co.uk/",
      "https://www.facebook.com/MalvernTownCouncil",
      "https://forms.office.com/r/abc123",
      "https://www.worcestershire.gov.uk/council-services",
      "https://example.com/page",
      "https://www.malvernfestival.co.uk/about",
      "https://github.com/nodejs/node",
      "https://www.bbc.co.uk/news/uk-england-hereford-worcester-12345678",
      "http://paypal.com.account-verify.example-login.ru/webscr?cmd=login",
      "http://192.168.4.20/secure/bank/login.php",
    ],
  },
];
