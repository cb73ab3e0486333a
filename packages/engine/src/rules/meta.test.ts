import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { malvernClauses } from "../policy/malvern-clauses.ts";
import { builtInRules } from "./index.ts";

// Every rule carries its clauses, its doc page and its test table, or the build fails.
const here = dirname(fileURLToPath(import.meta.url));
const docsDir = join(here, "../../docs/rules");
const clauseIds = new Set(malvernClauses.map((c) => c.id));

describe("every built-in rule", () => {
  it("has a unique id", () => {
    const ids = builtInRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const rule of builtInRules) {
    const id = rule.meta.id;
    describe(id, () => {
      it("cites clauses that exist in the Malvern catalogue", () => {
        expect(rule.meta.clauses.length).toBeGreaterThan(0);
        for (const c of rule.meta.clauses) expect(clauseIds.has(c), `unknown clause ${c}`).toBe(true);
      });
      it("has a doc page that names its clauses", () => {
        const page = join(docsDir, `${id}.md`);
        expect(existsSync(page), `missing ${page}`).toBe(true);
        const text = readFileSync(page, "utf8");
        for (const c of rule.meta.clauses) expect(text).toContain(c);
      });
      it("has a RuleTester table", () => {
        const test = join(here, `${id}.test.ts`);
        expect(existsSync(test), `missing ${test}`).toBe(true);
        expect(readFileSync(test, "utf8")).toContain("ruleTester.run(");
      });
    });
  }
});
