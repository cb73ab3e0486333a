import type { Severity } from "@postwarden/engine";

/** How each severity is named to staff, and the GOV.UK tag colour that goes with it. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  block: "Blocks publishing",
  approval: "Needs approval",
  advice: "Advice",
};

export const SEVERITY_TAG_CLASS: Record<Severity, string> = {
  block: "govuk-tag--red",
  approval: "govuk-tag--orange",
  advice: "govuk-tag--blue",
};

const RANK: Record<Severity, number> = { advice: 0, approval: 1, block: 2 };

export function mostSevere(severities: readonly Severity[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const s of severities) if (!worst || RANK[s] > RANK[worst]) worst = s;
  return worst;
}
