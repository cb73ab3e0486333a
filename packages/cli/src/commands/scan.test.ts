import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CsvParser } from "../scan/csv-parser.ts";
import type { ScanSummary } from "../scan/summary.ts";
import { runInProcess } from "./run-in-process.ts";
import { emailOnlyPack, tempDir, writeTemp } from "./test-files.ts";

const dir = tempDir();
const approvalPack = writeTemp(dir, "approval.json", JSON.stringify(emailOnlyPack("approval")));
const blockPack = writeTemp(dir, "block.json", JSON.stringify(emailOnlyPack("block")));

const CSV = [
  "id,author,text",
  '101,press,"Contact us, ""please"", at\npress.office@example.com"',
  "102,press,Library opens at nine",
  '103,press,"two: a@b.co and c@d.co"',
  "",
].join("\r\n");

const JSONL = [
  JSON.stringify({ id: "j1", body: "mail jo@example.org" }),
  "",
  "{ not json",
  JSON.stringify({ id: "j2", body: "Nothing here" }),
  JSON.stringify({ id: "j3" }),
].join("\n");

const OUTBOX = JSON.stringify({
  "@context": "https://www.w3.org/ns/activitystreams",
  id: "https://social.example/users/malverntc/outbox",
  type: "OrderedCollection",
  totalItems: 3,
  orderedItems: [
    {
      id: "https://social.example/1/activity",
      type: "Create",
      object: {
        id: "https://social.example/1",
        type: "Note",
        content: '<p>Write to <a href="mailto:x">jo&#64;example.org</a></p><p>Thanks</p>',
      },
    },
    { id: "https://social.example/2/activity", type: "Announce", object: "https://elsewhere.example/9" },
    {
      id: "https://social.example/3/activity",
      type: "Create",
      object: { id: "https://social.example/3", content: "<p>All quiet</p>" },
    },
  ],
});

const TWEETS = `window.YTD.tweets.part0 = [ {
  "tweet" : { "id_str" : "9001", "full_text" : "Questions? a@b.co &amp; https://t.co/x1", "entities" : { "urls" : [ { "url" : "https://t.co/x1", "expanded_url" : "https://malvern-tc.gov.uk/q" } ] } }
}, {
  "tweet" : { "id_str" : "9002", "full_text" : "Sunny day in Priory Park" }
} ]`;

const csvFile = writeTemp(dir, "posts.csv", CSV);
const jsonlFile = writeTemp(dir, "posts.jsonl", JSONL);
const outboxFile = writeTemp(dir, "outbox.json", OUTBOX);
const tweetsFile = writeTemp(dir, "tweets.js", TWEETS);

const summaryOf = (stdout: string) => JSON.parse(stdout) as ScanSummary;
const jsonLines = (path: string) =>
  readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map(
      (l) =>
        JSON.parse(l) as {
          id: string;
          line?: number;
          excerpt: string;
          findings: { span: { start: number } }[];
        },
    );

describe("postwarden scan", () => {
  it("reads CSV with quoted commas, quotes and line breaks, and reports by id and line", async () => {
    const out = `${dir}/csv-report.jsonl`;
    const run = await runInProcess(["scan", csvFile, "--policy", approvalPack, "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const summary = summaryOf(run.stdout);
    expect(summary).toMatchObject({ posts: 3, postsWithFindings: 2, findings: 3, skipped: 0 });
    expect(summary.byClause["risk.3"]).toEqual({ advice: 0, approval: 3, block: 0 });
    const report = jsonLines(out);
    expect(report.map((r) => [r.id, r.line])).toEqual([
      ["101", 2],
      ["103", 5],
    ]);
    expect(report[0]!.excerpt).toBe('Contact us, "please", at press.office@example.com');
    expect(report[1]!.findings).toHaveLength(2);
  });

  it("takes the text column from --column and names the columns when it is missing", async () => {
    const run = await runInProcess([
      "scan",
      csvFile,
      "--policy",
      approvalPack,
      "--column",
      "author",
      "--json",
    ]);
    expect(summaryOf(run.stdout).findings).toBe(0);
    const missing = await runInProcess(["scan", csvFile, "--column", "body"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no column "body"');
    expect(missing.stderr).toContain("the columns are: id, author, text");
  });

  it("reads JSON Lines with --field, skipping blank lines and saying which records it skipped", async () => {
    const out = `${dir}/jsonl-report.jsonl`;
    const run = await runInProcess([
      "scan",
      jsonlFile,
      "--field",
      "body",
      "--policy",
      blockPack,
      "--out",
      out,
      "--json",
    ]);
    expect(run.code).toBe(1);
    expect(summaryOf(run.stdout)).toMatchObject({
      posts: 2,
      postsWithFindings: 1,
      skipped: 2,
      postsBySeverity: { block: 1 },
    });
    expect(run.stderr).toContain("skipped line 3: not valid JSON");
    expect(run.stderr).toContain('skipped line 5: no "body" text field');
    expect(jsonLines(out).map((r) => [r.id, r.line])).toEqual([["j1", 1]]);
  });

  it("reads a Mastodon outbox.json, turning the HTML into text and skipping boosts", async () => {
    const out = `${dir}/outbox-report.jsonl`;
    const run = await runInProcess(["scan", outboxFile, "--policy", approvalPack, "--out", out, "--json"]);
    expect(summaryOf(run.stdout)).toMatchObject({ posts: 2, postsWithFindings: 1, skipped: 1 });
    const [entry] = jsonLines(out);
    expect(entry!.id).toBe("https://social.example/1");
    expect(entry!.excerpt).toBe("Write to jo@example.org Thanks");
    expect(entry!.findings[0]!.span.start).toBe(9);
  });

  it("reads an X/Twitter tweets.js archive, decoding entities and expanding t.co links", async () => {
    const out = `${dir}/tweets-report.jsonl`;
    const run = await runInProcess(["scan", tweetsFile, "--policy", approvalPack, "--out", out, "--json"]);
    expect(summaryOf(run.stdout)).toMatchObject({ posts: 2, postsWithFindings: 1 });
    expect(jsonLines(out)[0]).toMatchObject({
      id: "9001",
      excerpt: "Questions? a@b.co & https://malvern-tc.gov.uk/q",
    });
  });

  it("writes a CSV report, one row per finding, that reads back with quotes intact", async () => {
    const out = `${dir}/report.csv`;
    await runInProcess(["scan", csvFile, "--policy", approvalPack, "--out", out]);
    const parser = new CsvParser();
    const rows = [...parser.push(readFileSync(out, "utf8")), ...parser.end()].map((r) => r.fields);
    expect(rows[0]).toEqual([
      "id",
      "line",
      "severity",
      "rule",
      "clauses",
      "message",
      "start",
      "end",
      "matched",
      "suggestion",
      "excerpt",
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[8]])).toEqual([
      [
        "101",
        "approval",
        "personal-data/email",
        "procedure.8.b;procedure.9.j;risk.3",
        "press.office@example.com",
      ],
      ["103", "approval", "personal-data/email", "procedure.8.b;procedure.9.j;risk.3", "a@b.co"],
      ["103", "approval", "personal-data/email", "procedure.8.b;procedure.9.j;risk.3", "c@d.co"],
    ]);
    expect(rows[1]![10]).toBe('Contact us, "please", at press.office@example.com');
  });

  it("--format csv overrides the file name, and guards cells a spreadsheet would run as formulas", async () => {
    const file = writeTemp(
      dir,
      "formula.jsonl",
      JSON.stringify({ id: "=HYPERLINK(1)", text: "=cmd a@b.co" }),
    );
    const out = `${dir}/report.txt`;
    await runInProcess(["scan", file, "--policy", approvalPack, "--out", out, "--format", "csv"]);
    const row = readFileSync(out, "utf8").split("\r\n")[1]!;
    expect(row.startsWith("'=HYPERLINK(1),1,approval,")).toBe(true);
    expect(row.endsWith(",'=cmd a@b.co")).toBe(true);
  });

  it("prints a summary table by clause and severity", async () => {
    const run = await runInProcess(["scan", csvFile, "--policy", blockPack]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Screened 3 posts: 2 with findings (2 blocked, 0 need approval, 0 advice only).");
    expect(lines[2]).toMatch(/^clause\s+block\s+approval\s+advice\s+total$/);
    expect(lines.slice(3, 6).map((l) => l.split(/\s+/))).toEqual([
      ["procedure.8.b", "3", "0", "0", "3"],
      ["procedure.9.j", "3", "0", "0", "3"],
      ["risk.3", "3", "0", "0", "3"],
    ]);
  });

  it("rejects a missing file, a bad format, a truncated JSON export and an unterminated CSV quote with exit code 2", async () => {
    const missing = await runInProcess(["scan", `${dir}/nope.csv`]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("cannot read") as string]);
    expect((await runInProcess(["scan", csvFile, "--input", "xml"])).code).toBe(2);
    const truncated = writeTemp(dir, "cut.json", OUTBOX.slice(0, 200));
    const cut = await runInProcess(["scan", truncated, "--input", "outbox"]);
    expect([cut.code, cut.stderr]).toEqual([2, expect.stringContaining("ends part-way") as string]);
    const open = writeTemp(dir, "open.csv", 'id,text\n1,"never closed\n');
    const unterminated = await runInProcess(["scan", open]);
    expect([unterminated.code, unterminated.stderr]).toEqual([
      2,
      expect.stringContaining("unterminated quoted field") as string,
    ]);
    const notOutbox = writeTemp(dir, "other.json", JSON.stringify({ type: "OrderedCollection", items: [] }));
    expect((await runInProcess(["scan", notOutbox])).stderr).toContain("is not a Mastodon outbox");
  });
});
