import { parsePolicyPack, type PolicyPack, type PolicyPackInput, type RuleSetting } from "./policy/pack.ts";
import type {
  AnalysedText,
  ResolvedContext,
  Rule,
  RuleContext,
  RuleReport,
  TextNeed,
  Thresholds,
} from "./rule.ts";
import type { TextSummary } from "./text/summary.ts";
import { builtInRules } from "./rules/index.ts";
import { analyse, analyseLazily } from "./text/analyse.ts";
import type {
  EngineContext,
  Finding,
  MediaItem,
  ScreenInput,
  ScreenResult,
  Severity,
  TextKind,
} from "./types.ts";
import { TEXT_KINDS } from "./types.ts";

export interface EngineOptions {
  policy: PolicyPackInput | PolicyPack;
  context?: EngineContext;
  /** Rules to run instead of the built-in set (tests, or a council's own rules). */
  rules?: readonly Rule[];
}

export interface Engine {
  readonly policy: PolicyPack;
  /** Ids of the rules that run for at least one kind of text. */
  readonly ruleIds: readonly string[];
  screen(input: ScreenInput): ScreenResult;
}

interface ActiveRule {
  rule: Rule;
  clauses: string[];
  severity: Record<TextKind, Severity | "off">;
  thresholds: Partial<Record<TextKind, Thresholds>>;
  options: Record<string, unknown>;
  messages: Map<string, { template: string; compiled: CompiledMessage }>;
}

/** One rule as it runs for one kind of text: its severity and cut-offs for that kind looked up once. */
interface RuleStep {
  active: ActiveRule;
  /** The rule and its pack options, read once per screen without going through `active`. */
  rule: Rule;
  options: Record<string, unknown>;
  configured: Severity;
  thresholds: Thresholds | undefined;
  /** The rule's `needs` as bits of NEED_BITS; 0 when it always runs. */
  needMask: number;
}

const NEED_BITS: Record<TextNeed, number> = {
  digits: 1,
  upper: 2,
  nonAscii: 4,
  at: 8,
  colons: 16,
  hashes: 32,
  slashes: 64,
  dots: 128,
};

function needMaskOf(needs: readonly TextNeed[] | undefined): number {
  let mask = 0;
  for (const need of needs ?? []) mask |= NEED_BITS[need];
  return mask;
}

/** The classes a text has at least one character of, as bits of NEED_BITS. */
function presentClasses(s: TextSummary): number {
  return (
    (s.digits > 0 ? NEED_BITS.digits : 0) |
    (s.upper > 0 ? NEED_BITS.upper : 0) |
    (s.nonAscii > 0 ? NEED_BITS.nonAscii : 0) |
    (s.at > 0 ? NEED_BITS.at : 0) |
    (s.colons > 0 ? NEED_BITS.colons : 0) |
    (s.hashes > 0 ? NEED_BITS.hashes : 0) |
    (s.slashes > 0 ? NEED_BITS.slashes : 0) |
    (s.dots > 0 ? NEED_BITS.dots : 0)
  );
}

const SEVERITY_RANK: Record<Severity, number> = { advice: 0, approval: 1, block: 2 };

function perKind<T>(value: T | Partial<Record<TextKind, T>> | undefined, isSingle: (v: unknown) => v is T) {
  if (value === undefined) return {} as Partial<Record<TextKind, T>>;
  if (isSingle(value)) return Object.fromEntries(TEXT_KINDS.map((k) => [k, value])) as Record<TextKind, T>;
  return value as Partial<Record<TextKind, T>>;
}

const isSeverityString = (v: unknown): v is Severity | "off" => typeof v === "string";
const isThresholds = (v: unknown): v is Thresholds =>
  typeof v === "object" && v !== null && !TEXT_KINDS.some((k) => k in (v as object));

function activate(
  rule: Rule,
  setting: RuleSetting | undefined,
  defaultEnabled: boolean,
): ActiveRule | undefined {
  const enabled = setting?.enabled ?? (setting ? true : defaultEnabled);
  if (!enabled) return undefined;
  const severity = { ...rule.meta.defaultSeverity, ...perKind(setting?.severity, isSeverityString) };
  const thresholds: Partial<Record<TextKind, Thresholds>> = { ...rule.meta.thresholds };
  for (const [kind, t] of Object.entries(perKind(setting?.thresholds, isThresholds))) {
    thresholds[kind as TextKind] = { ...thresholds[kind as TextKind], ...t };
  }
  return {
    rule,
    clauses: setting?.clauses ?? rule.meta.clauses,
    severity,
    thresholds,
    options: setting?.options ?? {},
    messages: new Map(
      Object.entries(rule.meta.messages).map(([id, template]) => [
        id,
        { template, compiled: compileMessage(template) },
      ]),
    ),
  };
}

function severityForScore(score: number, t: Thresholds | undefined): Severity | undefined {
  if (!t) return "advice";
  if (t.block !== undefined && score >= t.block) return "block";
  if (t.approval !== undefined && score >= t.approval) return "approval";
  if (t.advice !== undefined && score >= t.advice) return "advice";
  return undefined;
}

/**
 * A message template split once at its `{name}` placeholders: even entries are literal text,
 * odd entries placeholder names. Filling it then needs no regular expression per finding.
 */
type CompiledMessage = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/g;

function compileMessage(template: string): CompiledMessage {
  const parts: string[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(from, m.index), m[1]!);
    from = m.index + m[0].length;
  }
  parts.push(template.slice(from));
  return parts;
}

function fillMessage(template: string, compiled: CompiledMessage, data: RuleReport["data"]): string {
  if (!data || compiled.length === 1) return template;
  let out = compiled[0]!;
  for (let k = 1; k < compiled.length; k += 2) {
    const key = compiled[k]!;
    out += key in data ? String(data[key]) : `{${key}}`;
    out += compiled[k + 1]!;
  }
  return out;
}

function uniqueSorted(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => s.trim().toLowerCase()).filter(Boolean))].sort();
}

function resolveContext(pack: PolicyPack, context: EngineContext): ResolvedContext {
  const now = context.now === undefined ? new Date() : new Date(context.now);
  const periods = context.electionPeriods ?? [];
  const open = periods.filter((p) => {
    const start = new Date(p.start).getTime();
    // A date-only end includes the whole of that day.
    const end = /^\d{4}-\d{2}-\d{2}$/.test(p.end)
      ? new Date(`${p.end}T23:59:59.999Z`).getTime()
      : new Date(p.end).getTime();
    return now.getTime() >= start && now.getTime() <= end;
  });
  return {
    ...context,
    now,
    staffNames: [...new Set(context.staffNames ?? [])],
    candidates: [...new Set([...(context.candidates ?? []), ...periods.flatMap((p) => p.candidates ?? [])])],
    allowDomains: uniqueSorted([...pack.lists.allowDomains, ...(context.allowDomains ?? [])]),
    denyDomains: uniqueSorted([...pack.lists.denyDomains, ...(context.denyDomains ?? [])]),
    openElectionPeriods: open,
  };
}

function compareFindings(a: Finding, b: Finding): number {
  const as = a.span?.start ?? -1;
  const bs = b.span?.start ?? -1;
  if (as !== bs) return as - bs;
  const ae = a.span?.end ?? -1;
  const be = b.span?.end ?? -1;
  if (ae !== be) return ae - be;
  if (a.severity !== b.severity) return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

/**
 * Sorts findings by compareFindings, stably as Array.prototype.sort does. A text has a few
 * findings, and an insertion sort of a few costs less than the general sort's set-up.
 */
function sortFindings(findings: Finding[]): void {
  if (findings.length > 16) {
    findings.sort(compareFindings);
    return;
  }
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i]!;
    let j = i - 1;
    while (j >= 0 && compareFindings(findings[j]!, f) > 0) {
      findings[j + 1] = findings[j]!;
      j--;
    }
    findings[j + 1] = f;
  }
}

/**
 * Builds an engine for one policy pack and context. Building validates the pack and resolves
 * the rules once, so `screen` does only the work that depends on the text.
 */
export function createEngine(options: EngineOptions): Engine {
  const rules = options.rules ?? builtInRules;
  const pack = parsePolicyPack(
    options.policy,
    rules.map((r) => r.meta.id),
  );
  const context = options.context ?? {};
  const fixedContext = context.now === undefined ? undefined : resolveContext(pack, context);
  const active = rules
    .map((rule) => activate(rule, pack.rules[rule.meta.id], pack.defaults.enabled))
    .filter((a): a is ActiveRule => a !== undefined);
  const steps = {} as Record<TextKind, RuleStep[]>;
  for (const kind of TEXT_KINDS) {
    steps[kind] = [];
    for (const a of active) {
      const configured = a.severity[kind];
      if (configured === "off") continue;
      steps[kind].push({
        active: a,
        rule: a.rule,
        options: a.options,
        configured,
        thresholds: a.thresholds[kind],
        needMask: needMaskOf(a.rule.needs),
      });
    }
  }

  // When a rule for the kind declares needs, every screen of it reads the text's counts and so
  // scans it: the scan is then taken at once, into plain fields. Otherwise it waits for a rule.
  const analyseFor = {} as Record<TextKind, (text: string) => AnalysedText>;
  for (const kind of TEXT_KINDS)
    analyseFor[kind] = steps[kind].some((s) => s.needMask !== 0) ? analyse : analyseLazily;
  let idleRun: ScreenRun | undefined;
  return {
    policy: pack,
    ruleIds: active.filter((a) => TEXT_KINDS.some((k) => a.severity[k] !== "off")).map((a) => a.rule.meta.id),
    screen(input: ScreenInput): ScreenResult {
      const text = typeof input.text === "string" ? input.text : "";
      const kind: TextKind = TEXT_KINDS.includes(input.kind as TextKind) ? (input.kind as TextKind) : "post";
      const media = input.media ?? [];
      // One run object per engine, reused screen after screen; a screen started from inside a
      // rule (never done by the built-in rules) gets a fresh one.
      const run = idleRun ?? new ScreenRun();
      idleRun = undefined;
      run.start(text, kind, media, analyseFor[kind](text), fixedContext ?? resolveContext(pack, context));
      const plan = steps[kind];
      // Read the character counts only if some rule needs them, so rules that never ask never pay.
      let present = -1;
      for (let k = 0; k < plan.length; k++) {
        const step = plan[k]!;
        if (step.needMask !== 0) {
          if (present < 0) present = presentClasses(run.analysed.summary);
          if ((present & step.needMask) === 0) continue;
        }
        run.begin(step);
        step.rule.check(run);
      }
      const findings = run.finish();
      idleRun = run;
      if (findings.length > 1) sortFindings(findings);
      return { findings };
    },
  };
}

const NO_MEDIA: MediaItem[] = [];

/**
 * The context every rule of one screen is handed in turn: one object for all the rules rather
 * than an object and a closure per rule, since most rules report nothing for most texts. The
 * engine reuses it from one screen to the next.
 */
class ScreenRun implements RuleContext {
  findings: Finding[] = [];
  text = "";
  kind: TextKind = "post";
  media: MediaItem[] = NO_MEDIA;
  analysed!: AnalysedText;
  context!: ResolvedContext;
  options: Readonly<Record<string, unknown>> = {};
  thresholds: Thresholds | undefined;
  private active: ActiveRule | undefined;
  private configured: Severity = "advice";

  constructor() {
    // Bound once, so a rule may pass `ctx.report` around on its own.
    this.report = this.report.bind(this);
  }

  start(text: string, kind: TextKind, media: MediaItem[], analysed: AnalysedText, context: ResolvedContext) {
    this.findings = [];
    this.text = text;
    this.kind = kind;
    this.media = media;
    this.analysed = analysed;
    this.context = context;
  }

  /** The screen's findings; the run lets go of the text and its analysis until the next screen. */
  finish(): Finding[] {
    this.text = "";
    this.media = NO_MEDIA;
    this.analysed = undefined!;
    this.active = undefined;
    return this.findings;
  }

  begin(step: RuleStep): void {
    this.active = step.active;
    this.configured = step.configured;
    this.options = step.options;
    this.thresholds = step.thresholds;
  }

  report(r: RuleReport): void {
    const a = this.active!;
    const meta = a.rule.meta;
    let severity: Severity | undefined = r.severity ?? this.configured;
    if (r.score !== undefined && r.severity === undefined) {
      severity = severityForScore(r.score, this.thresholds);
      if (severity === undefined) return;
    }
    const message = a.messages.get(r.messageId);
    if (message === undefined) throw new Error(`Rule ${meta.id} reported unknown message "${r.messageId}"`);
    const finding: Finding = {
      ruleId: meta.id,
      category: meta.category,
      clauses: a.clauses,
      severity,
      message: fillMessage(message.template, message.compiled, r.data),
    };
    if (r.span) finding.span = { start: r.span.start, end: r.span.end };
    if (r.dataType !== undefined) finding.dataType = r.dataType;
    if (r.suggestion !== undefined) finding.suggestion = r.suggestion;
    if (r.score !== undefined) finding.score = r.score;
    if (r.evidence !== undefined) finding.evidence = r.evidence;
    this.findings.push(finding);
  }
}

/** The most severe finding's severity, or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings)
    if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}
