import { readFileSync } from "node:fs";
import { builtInRules, parsePolicyPack, PolicyPackError, type PolicyPack } from "@postwarden/engine";

/** A policy file that cannot be used; the message names the file, the problem and where it is. */
export class PolicyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyFileError";
  }
}

/**
 * Loads a council's own policy pack from a JSON file and validates it against the built-in
 * rules, so a typo in a rule id is reported here rather than silently ignored.
 */
export function loadPolicyPackFile(
  path: string,
  knownRuleIds = builtInRules.map((r) => r.meta.id),
): PolicyPack {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PolicyFileError(`policy file ${path}: cannot be read (${code ?? String(err)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new PolicyFileError(
      `policy file ${path}: not valid JSON (${(err as Error).message.split("\n")[0]})`,
    );
  }
  try {
    return parsePolicyPack(data, knownRuleIds);
  } catch (err) {
    if (err instanceof PolicyPackError) {
      const problems = err.issues.map((i) => `  at ${i.path || "(top level)"}: ${i.message}`).join("\n");
      throw new PolicyFileError(`policy file ${path} is not a valid policy pack:\n${problems}`);
    }
    throw err;
  }
}
