import { describe, expect, it } from "vitest";
import { malvernPolicy } from "@postwarden/engine";
import { loadPolicyPackFile, PolicyFileError } from "./policy-file.ts";
import { tempDir, writeTemp } from "./commands/test-files.ts";

const dir = tempDir();

describe("loadPolicyPackFile", () => {
  it("loads and validates a council's pack", () => {
    const path = writeTemp(
      dir,
      "pack.json",
      `\uFEFF${JSON.stringify({ ...malvernPolicy, id: "worcester" })}`,
    );
    expect(loadPolicyPackFile(path).id).toBe("worcester");
  });

  it("names the file and says it cannot be read", () => {
    expect(() => loadPolicyPackFile(`${dir}/missing.json`)).toThrow(
      `policy file ${dir}/missing.json: cannot be read (ENOENT)`,
    );
  });

  it("names the file when it is not JSON", () => {
    const path = writeTemp(dir, "broken.json", "{ id: ");
    expect(() => loadPolicyPackFile(path)).toThrow(new RegExp(`^policy file ${path}: not valid JSON`));
  });

  it("lists every problem with its path", () => {
    const path = writeTemp(
      dir,
      "invalid.json",
      JSON.stringify({
        ...malvernPolicy,
        version: "",
        rules: { "personal-data/email": { severity: "loud" }, "tone/nope": {} },
      }),
    );
    let message = "";
    try {
      loadPolicyPackFile(path);
    } catch (err) {
      expect(err).toBeInstanceOf(PolicyFileError);
      message = (err as Error).message;
    }
    expect(message).toContain(`policy file ${path} is not a valid policy pack:`);
    expect(message).toContain("  at version: ");
    expect(message).toContain("  at rules.personal-data/email.severity: ");
  });

  it("catches a rule id that no built-in rule has", () => {
    const path = writeTemp(
      dir,
      "typo.json",
      JSON.stringify({ ...malvernPolicy, rules: { "tone/nope": { enabled: true } } }),
    );
    expect(() => loadPolicyPackFile(path)).toThrow('at rules.tone/nope: unknown rule "tone/nope"');
  });
});
