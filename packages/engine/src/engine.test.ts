import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine, worstSeverity } from "./engine.ts";
import { PolicyPackError, type PolicyPackInput } from "./policy/pack.ts";
import { malvernPolicy } from "./policy/malvern.ts";
import { defineRule, everyKind, type Rule } from "./rule.ts";

const NOW = "2026-05-01T12:00:00Z";

/** Reports every occurrence of a word, so tests control exactly what is found where. */
function wordRule(
  id: string,
  word: string,
  severity: Rule["meta"]["defaultSeverity"] = everyKind("approval"),
): Rule {
  return defineRule({
    meta: {
      id,
      category: "tone",
      clauses: ["procedure.9.c"],
      defaultSeverity: severity,
      description: `Finds "${word}".`,
      messages: { found: "Found {word} at {at}." },
    },
    check(ctx) {
      for (let i = ctx.text.indexOf(word); i !== -1; i = ctx.text.indexOf(word, i + 1)) {
        ctx.report({ messageId: "found", data: { word, at: i }, span: { start: i, end: i + word.length } });
      }
    },
  });
}

/** Reports the score found in the text ("score=0.7"), as a learned classifier would. */
const scoreRule = defineRule({
  meta: {
    id: "classifiers/test-score",
    category: "abuse",
    clauses: ["procedure.8.c"],
    defaultSeverity: everyKind("advice"),
    description: "Reports a score written in the text.",
    messages: { scored: "Scored {score}." },
    thresholds: { post: { advice: 0.3, approval: 0.6, block: 0.9 }, reply: { advice: 0.5 } },
  },
  check(ctx) {
    const m = /score=(\d\.\d{1,3})/.exec(ctx.text);
    if (m) ctx.report({ messageId: "scored", data: { score: m[1]! }, score: Number(m[1]) });
  },
});

const packWith = (rules: PolicyPackInput["rules"] = {}): PolicyPackInput => ({ ...malvernPolicy, rules });

function engineWith(rules: Rule[], pack: PolicyPackInput = packWith()) {
  return createEngine({ policy: pack, rules, context: { now: NOW } });
}

describe("createEngine and screen", () => {
  it("is deterministic: the same text gives the same findings, from one engine or two", () => {
    const text = "Contact jo@example.org or jo@example.org, and see https://bit.ly/x in Malvern.";
    const a = createEngine({ policy: malvernPolicy, context: { now: NOW } });
    const b = createEngine({ policy: malvernPolicy, context: { now: NOW } });
    const first = a.screen({ text });
    expect(a.screen({ text })).toEqual(first);
    expect(b.screen({ text })).toEqual(first);
    expect(JSON.stringify(b.screen({ text }))).toBe(JSON.stringify(first));
  });

  it("orders findings by span start, then end, then severity (worst first), then rule id", () => {
    const engine = engineWith([
      wordRule("tone/zz-late", "cat", everyKind("advice")),
      wordRule("tone/aa-early", "cat", everyKind("advice")),
      wordRule("tone/block-cat", "cat", everyKind("block")),
      wordRule("tone/catalogue", "catalogue"),
      wordRule("tone/dog", "dog"),
    ]);
    const { findings } = engine.screen({ text: "dog catalogue" });
    expect(findings.map((f) => [f.ruleId, f.span!.start, f.span!.end])).toEqual([
      ["tone/dog", 0, 3],
      ["tone/block-cat", 4, 7],
      ["tone/aa-early", 4, 7],
      ["tone/zz-late", 4, 7],
      ["tone/catalogue", 4, 13],
    ]);
  });

  it("fills message placeholders and carries the rule's clauses, or the pack's replacement", () => {
    const rule = wordRule("tone/cat", "cat");
    expect(engineWith([rule]).screen({ text: "a cat" }).findings[0]).toMatchObject({
      message: "Found cat at 2.",
      clauses: ["procedure.9.c"],
      category: "tone",
    });
    const pack = packWith({ "tone/cat": { clauses: ["risk.1", "procedure.9.d"] } });
    expect(engineWith([rule], pack).screen({ text: "a cat" }).findings[0]!.clauses).toEqual([
      "risk.1",
      "procedure.9.d",
    ]);
  });

  it("applies the severity for each kind of text, from the rule's defaults and from the pack", () => {
    const rule = wordRule("tone/cat", "cat", { post: "block", reply: "approval", personal: "off" });
    const byKind = (pack?: PolicyPackInput) => {
      const engine = engineWith([rule], pack);
      return (["post", "reply", "personal"] as const).map((kind) =>
        worstSeverity(engine.screen({ text: "cat", kind }).findings),
      );
    };
    expect(byKind()).toEqual(["block", "approval", undefined]);
    expect(byKind(packWith({ "tone/cat": { severity: { reply: "off", personal: "advice" } } }))).toEqual([
      "block",
      undefined,
      "advice",
    ]);
    expect(byKind(packWith({ "tone/cat": { severity: "approval" } }))).toEqual([
      "approval",
      "approval",
      "approval",
    ]);
    expect(byKind(packWith({ "tone/cat": { enabled: false } }))).toEqual([undefined, undefined, undefined]);
    expect(engineWith([rule], { ...packWith(), defaults: { enabled: false } }).ruleIds).toEqual([]);
  });

  it("turns scores into severities with the rule's thresholds, which a pack can move", () => {
    const severityOf = (text: string, kind: "post" | "reply" | "personal" = "post", pack?: PolicyPackInput) =>
      engineWith([scoreRule], pack)
        .screen({ text, kind })
        .findings.map((f) => [f.severity, f.score]);
    expect(severityOf("score=0.2")).toEqual([]);
    expect(severityOf("score=0.3")).toEqual([["advice", 0.3]]);
    expect(severityOf("score=0.75")).toEqual([["approval", 0.75]]);
    expect(severityOf("score=0.95")).toEqual([["block", 0.95]]);
    expect(severityOf("score=0.95", "reply")).toEqual([["advice", 0.95]]);
    expect(severityOf("score=0.4", "reply")).toEqual([]);
    // No thresholds for personal posts: every score is advice.
    expect(severityOf("score=0.1", "personal")).toEqual([["advice", 0.1]]);
    const stricter = packWith({ "classifiers/test-score": { thresholds: { post: { block: 0.7 } } } });
    expect(severityOf("score=0.75", "post", stricter)).toEqual([["block", 0.75]]);
    const everyKindThresholds = packWith({ "classifiers/test-score": { thresholds: { advice: 0.8 } } });
    expect(severityOf("score=0.5", "reply", everyKindThresholds)).toEqual([]);
  });

  it("rejects an invalid pack with errors naming each problem's path", () => {
    const problems = (policy: unknown) => {
      try {
        createEngine({ policy: policy as PolicyPackInput, rules: [wordRule("tone/cat", "cat")] });
      } catch (err) {
        expect(err).toBeInstanceOf(PolicyPackError);
        return (err as PolicyPackError).issues.map((i) => i.path);
      }
      throw new Error("the pack was accepted");
    };
    expect(problems({ ...packWith(), rules: { "tone/cat": { severity: "loud" } } })).toEqual([
      "rules.tone/cat.severity",
    ]);
    // A per-kind value is a union of "one for all kinds" and "one per kind", so zod stops at the union.
    expect(
      problems({ ...packWith(), rules: { "tone/cat": { thresholds: { post: { block: 2 } } } } }),
    ).toEqual(["rules.tone/cat.thresholds"]);
    expect(problems({ ...packWith(), rules: { "tone/dog": { enabled: true } } })).toEqual(["rules.tone/dog"]);
    expect(problems({ ...packWith(), rules: { "tone/cat": { clauses: ["no.such.clause"] } } })).toEqual([
      "rules.tone/cat.clauses[0]",
    ]);
    expect(
      problems({ ...packWith(), clauses: [...malvernPolicy.clauses, malvernPolicy.clauses[0]] }),
    ).toEqual([`clauses[${malvernPolicy.clauses.length}].id`]);
    expect(problems({ ...packWith(), id: undefined })).toEqual(["id"]);
  });

  it("screens with a council's own pack loaded from a JSON file", () => {
    const dir = mkdtempSync(join(tmpdir(), "postwarden-engine-"));
    const path = join(dir, "worcester.json");
    const pack: PolicyPackInput = {
      id: "example-parish",
      name: "Example Parish Council social media policy",
      version: "2025.2",
      clauses: [{ id: "p.4", title: "No personal contact details" }],
      defaults: { enabled: false },
      rules: { "personal-data/email": { enabled: true, severity: { post: "block" }, clauses: ["p.4"] } },
      lists: { allowDomains: ["example-parish.gov.uk"], denyDomains: [], allowPhrases: [], denyPhrases: [] },
    };
    writeFileSync(path, JSON.stringify(pack, null, 2));
    const engine = createEngine({
      policy: JSON.parse(readFileSync(path, "utf8")) as unknown as PolicyPackInput,
      context: { now: NOW },
    });
    expect(engine.policy.id).toBe("example-parish");
    expect(engine.ruleIds).toEqual(["personal-data/email"]);
    const { findings } = engine.screen({ text: "Mail clerk@example-parish.gov.uk or jo@gmail.com" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "personal-data/email",
      severity: "block",
      clauses: ["p.4"],
      span: { start: 36, end: 48 },
    });
  });

  it("treats a missing or non-string text as empty and an unknown kind as a post", () => {
    const engine = engineWith([
      wordRule("tone/cat", "cat", { post: "block", reply: "advice", personal: "advice" }),
    ]);
    expect(engine.screen({ text: undefined as unknown as string }).findings).toEqual([]);
    expect(engine.screen({ text: "cat", kind: "tweet" as "post" }).findings[0]!.severity).toBe("block");
  });
});

describe("rules that declare what they need", () => {
  function countingRule(needs: Rule["needs"]) {
    const calls: string[] = [];
    const inner = wordRule("tone/needs-test", "x");
    const rule: Rule = {
      meta: { ...inner.meta, id: "tone/needs-test" },
      needs,
      check(ctx) {
        calls.push(ctx.text);
        inner.check(ctx);
      },
    };
    return { rule, calls };
  }

  it("are not called for a text with none of the classes they need", () => {
    const { rule, calls } = countingRule(["at", "hashes"]);
    const engine = engineWith([rule], packWith({ "tone/needs-test": { enabled: true } }));
    engine.screen({ text: "plain text, no marks" });
    engine.screen({ text: "mail x@y" });
    engine.screen({ text: "tag #x" });
    expect(calls).toEqual(["mail x@y", "tag #x"]);
  });

  it("run for every text when they declare nothing", () => {
    const { rule, calls } = countingRule(undefined);
    const engine = engineWith([rule], packWith({ "tone/needs-test": { enabled: true } }));
    engine.screen({ text: "" });
    engine.screen({ text: "plain" });
    expect(calls).toEqual(["", "plain"]);
  });
});
