import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { malvernPolicy, type PolicyPackInput } from "@postwarden/engine";

/** A fresh directory for one test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "postwarden-cli-"));
}

export function writeTemp(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * A pack that runs only the email rule, blocking in posts: tests then depend on one small,
 * stable rule while the rest of the rule set grows.
 */
export function emailOnlyPack(severity: "block" | "approval" = "block"): PolicyPackInput {
  return {
    ...malvernPolicy,
    defaults: { enabled: false },
    rules: {
      "personal-data/email": {
        enabled: true,
        severity: { post: severity, reply: severity, personal: "advice" },
      },
    },
  };
}
