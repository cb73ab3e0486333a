/** The public vocabulary of the engine. Stable: councils' scripts depend on these names. */

export const SEVERITIES = ["advice", "approval", "block"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TEXT_KINDS = ["post", "reply", "personal"] as const;
/** post: a council post; reply: a council reply or message; personal: an employee's own post. */
export type TextKind = (typeof TEXT_KINDS)[number];

export const CATEGORIES = [
  "abuse",
  "hate",
  "political",
  "disparagement",
  "malicious_link",
  "personal_data",
  "colleague",
  "confidential",
  "secret",
  "link",
  "copyright",
  "tone",
  "accessibility",
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Span {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  clauses: string[];
  severity: Severity;
  message: string;
  span?: Span;
  /** For personal data: the data type names of the evaluation data ("email", "phone", "person", ...). */
  dataType?: string;
  suggestion?: string;
  /** For learned classifiers: the calibrated probability. */
  score?: number;
  /** For learned classifiers: the words or features that drove the score. */
  evidence?: string[];
}

export interface MediaItem {
  kind: "image" | "video";
  /** Alternative text; absent or blank means none was given. */
  altText?: string;
  name?: string;
}

export interface ScreenInput {
  text: string;
  kind?: TextKind;
  media?: MediaItem[];
}

export interface ScreenResult {
  findings: Finding[];
}

export interface ElectionPeriod {
  name: string;
  /** ISO date or date-time; the period includes both ends. */
  start: string;
  end: string;
  /** Candidates' names standing in this election. */
  candidates?: string[];
  /** Wards affected; absent or empty means town-wide. */
  wards?: string[];
}

/** What a deployment knows that the policy text does not: staff, elections, lists. */
export interface EngineContext {
  electionPeriods?: ElectionPeriod[];
  /** Names of the council's staff, for colleague-mention findings. */
  staffNames?: string[];
  /** Extra candidates known outside any election period. */
  candidates?: string[];
  /** Domains the council trusts (its own site, partners); merged with the pack's list. */
  allowDomains?: string[];
  /** Domains the council forbids; merged with the pack's list. */
  denyDomains?: string[];
  /** The time screening happens at; defaults to the clock. Fix it for repeatable results. */
  now?: string | Date;
}
