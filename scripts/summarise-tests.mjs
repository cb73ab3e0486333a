// Adds up the vitest and Playwright JSON reports into the one closing line CI reads.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, e2eFile] = process.argv.slice(2);

if (vitestFile && existsSync(vitestFile)) {
  const r = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += r.numPassedTests;
  // A file that failed to load has no test results of its own: count it as one failure.
  const brokenFiles = (r.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  ).length;
  failed += r.numFailedTests + brokenFiles;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed`);
  // describeEachDialect names its blocks "[sqlite]" and "[postgres]": show that both ran.
  const byDialect = { sqlite: 0, postgres: 0 };
  for (const file of r.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== "passed") continue;
      for (const dialect of Object.keys(byDialect))
        if (test.fullName.includes(`[${dialect}]`)) byDialect[dialect]++;
    }
  }
  console.log(`database tests passed: ${byDialect.sqlite} on SQLite, ${byDialect.postgres} on PostgreSQL`);
} else {
  failed += 1;
  console.log("vitest: no report (the run did not finish)");
}

if (e2eFile && existsSync(e2eFile)) {
  const r = JSON.parse(readFileSync(e2eFile, "utf8"));
  const s = r.stats ?? {};
  const e2eFailed = s.unexpected ?? 0;
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += e2eFailed + (r.errors?.length ?? 0);
  skipped += s.skipped ?? 0;
  console.log(`playwright: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed, ${e2eFailed} failed`);
} else {
  failed += 1;
  console.log("playwright: no report (the run did not finish)");
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
