/**
 * `npm run eval:peers`: the engine's learned classifiers against open-source filters, on the
 * same rows in one run. Trained files are scored on their validation split only (rows the
 * training never fitted); abuse-olid-test.jsonl is scored whole. Also measures false alarms
 * on routine posts by a public body. Reads /work/shared/data: run by hand, never by tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  addClassificationRow,
  addSpanRow,
  builtInRules,
  createEngine,
  macroF1,
  malvernPolicy,
  toScore,
  type Counts,
  type Finding,
} from "@postwarden/engine";
import { classifiersRules } from "../packages/engine/src/rules/classifiers.ts";
import { splitOf } from "../packages/engine/scripts/train/data.ts";
import { DEFAULT_DATA_DIR } from "./lib/corpus.ts";
import { compromisePeople } from "./peers/names.ts";
import { profanityPeers, type PeerFilter } from "./peers/profanity.ts";
import { sentimentPeer } from "./peers/sentiment.ts";

interface Row {
  id: string;
  text: string;
  categories?: string[];
  spans?: { start: number; end: number; type: string }[];
}

const dataDir = process.env.POSTWARDEN_DATA ?? DEFAULT_DATA_DIR;
const NOW = "2026-06-01T12:00:00Z";
const classifiers = createEngine({ policy: malvernPolicy, rules: classifiersRules, context: { now: NOW } });
const fullEngine = createEngine({ policy: malvernPolicy, rules: builtInRules, context: { now: NOW } });

function rows(file: string, onlyValidation: boolean): Row[] {
  return readFileSync(join(dataDir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => !onlyValidation || splitOf(file, r.id) === "validation");
}

interface Plan {
  file: string;
  validationOnly: boolean;
  categories: string[];
  peers: PeerFilter[];
}

const PLANS: Plan[] = [
  {
    file: "abuse-davidson.jsonl",
    validationOnly: true,
    categories: ["abuse", "hate"],
    peers: profanityPeers,
  },
  { file: "abuse-olid-train.jsonl", validationOnly: true, categories: ["abuse"], peers: profanityPeers },
  { file: "abuse-olid-test.jsonl", validationOnly: false, categories: ["abuse"], peers: profanityPeers },
  { file: "political-posts.jsonl", validationOnly: true, categories: ["political"], peers: [] },
  {
    file: "disparagement-dong2014-train.jsonl",
    validationOnly: true,
    categories: ["disparagement"],
    peers: [sentimentPeer],
  },
  { file: "links-phishtank.jsonl", validationOnly: true, categories: ["malicious_link"], peers: [] },
];

/** `--skip-untouched` leaves out abuse-olid-test.jsonl, which is scored at most twice per round of model changes. */
const skipUntouched = process.argv.includes("--skip-untouched");
const f1 = (c: Counts | undefined) => (c ? toScore(c).f1 : 0);
const fmt = (x: number) => x.toFixed(3);

/** Macro-F1 lines, filled beside the main table: OffensEval ranks OLID by this measure. */
const macroLines = [
  "| file | rows | category | engine macro-F1 | best peer macro-F1 | peer macro-F1s | margin |",
  "|---|---|---|---|---|---|---|",
];

function classificationTable(): string[] {
  const lines = [
    "| file | rows | category | engine P | engine R | engine F1 | best peer F1 | peer F1s | margin |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const plan of PLANS.filter((p) => p.validationOnly || !skipUntouched)) {
    const data = rows(plan.file, plan.validationOnly);
    const engineCounts = new Map<string, Counts>();
    const peerCounts = plan.peers.map(() => new Map<string, Counts>());
    for (const row of data) {
      const gold = row.categories ?? [];
      addClassificationRow(engineCounts, gold, classifiers.screen({ text: row.text }).findings);
      plan.peers.forEach((peer, i) => {
        // A word filter says only "bad"; it counts as flagging every category of the file.
        const flagged: Finding[] = peer.flags(row.text)
          ? plan.categories.map((category) => ({ category }) as Finding)
          : [];
        addClassificationRow(peerCounts[i]!, gold, flagged);
      });
    }
    for (const category of plan.categories) {
      const s = toScore(engineCounts.get(category) ?? { tp: 0, fp: 0, fn: 0 });
      const peerF1s = plan.peers.map((p, i) => `${p.name} ${fmt(f1(peerCounts[i]!.get(category)))}`);
      const best =
        plan.peers.length > 0 ? Math.max(...peerCounts.map((c) => f1(c.get(category)))) : undefined;
      const where = plan.validationOnly ? `${plan.file} (validation)` : `${plan.file} (whole, untouched)`;
      const macro = macroF1(s, data.length);
      const peerMacros = peerCounts.map((c) =>
        macroF1(c.get(category) ?? { tp: 0, fp: 0, fn: 0 }, data.length),
      );
      const bestMacro = peerMacros.length > 0 ? Math.max(...peerMacros) : undefined;
      macroLines.push(
        `| ${where} | ${data.length} | ${category} | ${fmt(macro)} | ${bestMacro === undefined ? "–" : fmt(bestMacro)} | ${plan.peers.map((p, i) => `${p.name} ${fmt(peerMacros[i]!)}`).join("; ") || "none"} | ${bestMacro === undefined ? "–" : `${macro - bestMacro >= 0 ? "+" : ""}${fmt(macro - bestMacro)}`} |`,
      );
      lines.push(
        `| ${where} | ${data.length} | ${category} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${best === undefined ? "–" : fmt(best)} | ${peerF1s.join("; ") || "none"} | ${best === undefined ? "–" : `${s.f1 - best >= 0 ? "+" : ""}${fmt(s.f1 - best)}`} |`,
      );
    }
  }
  return lines;
}

function personTable(): string[] {
  const data = rows("pii-presidio-synth.jsonl", false);
  const engineCounts = new Map<string, Counts>();
  const peerCounts = new Map<string, Counts>();
  for (const row of data) {
    const gold = (row.spans ?? []).filter((s) => s.type === "person");
    const engineFindings = fullEngine
      .screen({ text: row.text })
      .findings.filter((f) => f.dataType === "person");
    addSpanRow(engineCounts, gold, engineFindings, ["person"]);
    const peerFindings = compromisePeople(row.text).map((span) => ({ dataType: "person", span }) as Finding);
    addSpanRow(peerCounts, gold, peerFindings, ["person"]);
  }
  const e = toScore(engineCounts.get("person") ?? { tp: 0, fp: 0, fn: 0 });
  const p = toScore(peerCounts.get("person") ?? { tp: 0, fp: 0, fn: 0 });
  return [
    "| file | rows | data type | engine P | engine R | engine F1 | compromise P | compromise R | compromise F1 |",
    "|---|---|---|---|---|---|---|---|---|",
    `| pii-presidio-synth.jsonl (whole) | ${data.length} | person (overlap match) | ${fmt(e.precision)} | ${fmt(e.recall)} | ${fmt(e.f1)} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.f1)} |`,
  ];
}

function falseAlarmTable(): string[] {
  const data = rows("routine-public-body-ea.jsonl", false);
  const stops = (findings: readonly Finding[]) =>
    findings.some((f) => f.severity === "approval" || f.severity === "block");
  let engineStops = 0;
  let classifierStops = 0;
  const byRule = new Map<string, number>();
  for (const row of data) {
    const findings = fullEngine.screen({ text: row.text }).findings;
    if (stops(findings)) engineStops++;
    const mine = findings.filter((f) => f.ruleId.startsWith("classifiers/"));
    if (stops(mine)) classifierStops++;
    for (const id of new Set(findings.filter((f) => f.severity !== "advice").map((f) => f.ruleId)))
      byRule.set(id, (byRule.get(id) ?? 0) + 1);
  }
  const pct = (n: number) => `${((100 * n) / data.length).toFixed(1)}%`;
  return [
    `| measure (routine-public-body-ea.jsonl, ${data.length} posts, kind "post") | posts stopped | share |`,
    "|---|---|---|",
    `| full engine (approval or block) | ${engineStops} | ${pct(engineStops)} |`,
    `| classifiers alone | ${classifierStops} | ${pct(classifierStops)} |`,
    ...[...byRule.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `| rule ${id} | ${n} | ${pct(n)} |`),
  ];
}

console.log("Classification F1 (a text counts as flagged for a category when any finding has it):\n");
console.log(classificationTable().join("\n"));
console.log("\nMacro-F1 (mean of the flagged and the clean class's F1) on the same rows:\n");
console.log(macroLines.join("\n"));
console.log("\nPerson names (the engine's person findings, whatever rule gives them):\n");
console.log(personTable().join("\n"));
console.log("\nFalse alarms on routine public-body posts:\n");
console.log(falseAlarmTable().join("\n"));
