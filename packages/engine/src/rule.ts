import type {
  Category,
  EngineContext,
  ElectionPeriod,
  MediaItem,
  Severity,
  Span,
  TextKind,
} from "./types.ts";
import type { TextSummary } from "./text/summary.ts";
import type { Token } from "./text/tokenize.ts";

/** What every rule declares about itself: the ESLint-style `meta`. */
export interface RuleMeta {
  /** Stable id, "area/name"; its doc page is docs/rules/<id>.md and its test src/rules/<id>.test.ts. */
  id: string;
  category: Category;
  /** Clause ids of the policy this rule enforces. */
  clauses: string[];
  /** Severity when the policy pack says nothing, per kind of text. */
  defaultSeverity: Record<TextKind, Severity | "off">;
  /** One line on what the rule finds, for docs and the pack editor. */
  description: string;
  /** Messages by id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, string>;
  /** For learned classifiers: default score thresholds per severity. */
  thresholds?: Partial<Record<TextKind, Thresholds>>;
}

/** Score cut-offs: a score at or above `block` blocks, and so on down; below `advice`, nothing. */
export interface Thresholds {
  advice?: number;
  approval?: number;
  block?: number;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  span?: Span;
  dataType?: string;
  suggestion?: string;
  /** Learned classifiers give a calibrated score; thresholds turn it into a severity. */
  score?: number;
  evidence?: string[];
  /** Escalate or relax the configured severity for this one finding (e.g. in an election period). */
  severity?: Severity;
}

/** The context after resolution against the pack and the clock, shared by all rules. */
export interface ResolvedContext extends EngineContext {
  staffNames: string[];
  candidates: string[];
  allowDomains: string[];
  denyDomains: string[];
  now: Date;
  /** Periods open at `now`. */
  openElectionPeriods: ElectionPeriod[];
}

/** Work done once per screen and shared by the rules that want it; computed on first use. */
export interface AnalysedText {
  readonly text: string;
  readonly tokens: Token[];
  /** Per token, a hash of its lower case for `WordFilter.mayHaveHash`, from the same scan as the tokens. */
  readonly wordHashes: readonly number[];
  /** Indices of the tokens holding an ASCII digit, in order. */
  readonly digitTokens: readonly number[];
  readonly lower: string;
  /** Counts of digits, capitals, "@", ":" and other classes, for cheap early exits. */
  readonly summary: TextSummary;
}

export interface RuleContext {
  readonly text: string;
  readonly kind: TextKind;
  readonly media: MediaItem[];
  readonly analysed: AnalysedText;
  readonly context: ResolvedContext;
  /** The rule's options from the policy pack, merged over its defaults. */
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * The rule's score cut-offs for this kind of text (the pack's over the rule's defaults), so a
   * classifier can skip explaining a score that no finding will show. Undefined: every score counts.
   */
  readonly thresholds: Thresholds | undefined;
  report(report: RuleReport): void;
}

/** A character class counted in the text summary ("digits", "at", "dots", ...). */
export type TextNeed = keyof TextSummary;

export interface Rule {
  meta: RuleMeta;
  /**
   * Character classes of which every finding of the rule needs at least one: the engine skips
   * the rule, without calling it, for a text that has none of them. Omitted: the rule always runs.
   */
  needs?: readonly TextNeed[];
  check(ctx: RuleContext): void;
}

/** Typed helper so a rule file reads as data plus one function. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A severity table for rules that behave the same for every kind of text. */
export function everyKind(severity: Severity | "off"): Record<TextKind, Severity | "off"> {
  return { post: severity, reply: severity, personal: severity };
}
