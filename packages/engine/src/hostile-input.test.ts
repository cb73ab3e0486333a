import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine } from "./engine.ts";
import { malvernPolicy } from "./policy/malvern.ts";
import { tokenize } from "./text/tokenize.ts";
import { SEVERITIES, type EngineContext, type Finding } from "./types.ts";

/**
 * Whatever a member of the public pastes in, screening must finish, must not throw, and must
 * cost about what ordinary text of the same size costs: no rule may go quadratic or backtrack.
 * Timings are ratios against prose measured in the same test, so a busy machine slows both.
 */
const context: EngineContext = {
  now: "2026-05-01T12:00:00Z",
  staffNames: ["Linda Blake", "Ravi Patel", "Siobhan O'Connor", "Tom Hughes"],
  electionPeriods: [
    {
      name: "Town council election",
      start: "2026-04-01",
      end: "2026-05-07",
      candidates: ["Helen Morris", "Richard Evans"],
    },
  ],
};
const engine = createEngine({ policy: malvernPolicy, context });

const SIZE = 200_000;
const SMALL = 20_000;
/**
 * Hostile text may cost this many times ordinary prose, per byte. Random code units sit near
 * 10x (every unit a token, many detectors waking); a quadratic rule is hundreds of times over
 * at 200 KB, and the growth check below catches it independently.
 */
const MAX_RATIO_TO_PROSE = 20;
/** Ten times the text may cost at most this many times the time per byte (a quadratic rule costs 10x; allocation and GC alone reach 3-5x under load). */
const MAX_GROWTH_PER_BYTE = 6;
const MAX_MS = 2000;

const PROSE_SENTENCES = [
  "The library on Church Street will open late on Thursday while the heating is repaired.",
  "Thank you to everyone who came to the Priory Park clean-up on Saturday morning.",
  "Bins in the north of the town will be collected a day later next week because of the bank holiday.",
  "Our consultation on the future of the Winter Gardens closes on 30 June; have your say online.",
  "Councillors will meet at 7pm in the Council Chamber to discuss the annual budget and the play areas.",
  "Road works on Graham Road start on Monday 4 March and should last about three weeks.",
  "The farmers' market returns to Belle Vue Terrace this weekend, with 40 local stalls and live music!",
  "If you see a blocked drain or a fallen tree, please report it through our website.",
];

function prose(length: number): string {
  let s = "";
  for (let i = 0; s.length < length; i++)
    s += `${PROSE_SENTENCES[i % PROSE_SENTENCES.length]} ${i % 7 === 6 ? "\n\n" : ""}`;
  return s.slice(0, length);
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Deterministic pseudo-random code units, including lone surrogates and controls. */
function randomUnits(length: number, seed: number, max = 0xffff): string {
  let x = seed;
  const units: number[] = [];
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    units.push(x % (max + 1));
  }
  let s = "";
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return s;
}

const SINGLE_CHARACTERS = ["a", " ", "1", "@", ".", "-", "#", "A", "é", "\u0000", "\u200b"];
const NESTED_UNITS = [
  "aa.",
  "a@",
  "1 ",
  "http://",
  "(",
  "a.b@",
  "www.",
  "https://a.",
  "07700 ",
  "+44 ",
  "£1,",
  "@a ",
  "#a ",
  "Mr ",
  "John Smith ",
  "AB12 ",
  "a-",
  "1.",
  "[](",
  "password=",
  "\ud83d\ude00",
];

const HOSTILE: [string, (length: number) => string][] = [
  ...SINGLE_CHARACTERS.map((c): [string, (n: number) => string] => [
    `run of ${JSON.stringify(c)}`,
    (n) => repeatTo(c, n),
  ]),
  ...NESTED_UNITS.map((u): [string, (n: number) => string] => [
    `repeated ${JSON.stringify(u)}`,
    (n) => repeatTo(u, n),
  ]),
  ["lone surrogates", (n) => repeatTo("\ud800a\udc00\udbff", n)],
  ["control characters", (n) => randomUnits(n, 7, 0x1f)],
  ["random code units", (n) => randomUnits(n, 42)],
  ["random ASCII", (n) => randomUnits(n, 99, 0x7f)],
  ["prose without spaces", (n) => prose(n).replace(/ /g, "")],
];

function findingsAreWellFormed(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(SEVERITIES).toContain(f.severity);
    expect(f.clauses.length).toBeGreaterThan(0);
    if (f.span) {
      expect(f.span.start).toBeGreaterThanOrEqual(0);
      expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
      expect(f.span.end).toBeLessThanOrEqual(text.length);
    }
  }
}

/** The fastest of a few runs: the least disturbed by other work on the machine. */
function fastestMs(text: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const { findings } = engine.screen({ text, kind: "post" });
    best = Math.min(best, performance.now() - start);
    findingsAreWellFormed(text, findings);
  }
  return best;
}

describe("hostile input", () => {
  // Warm the engine, then measure what ordinary text costs per byte on this machine right now.
  fastestMs(prose(SIZE), 1);
  const proseMsPerByte = fastestMs(prose(SIZE), 3) / SIZE;
  const tokenizeStart = performance.now();
  tokenize(prose(SIZE));
  const tokenizeMs = performance.now() - tokenizeStart;

  it("screens ordinary prose in reasonable time", () => {
    expect(proseMsPerByte * SIZE).toBeLessThan(MAX_MS);
    expect(tokenizeMs).toBeLessThan(MAX_MS);
  });

  it.each(HOSTILE)("%s: no throw, linear time, close to prose per byte", (_name, make) => {
    // The small input first, so a quadratic rule fails in seconds rather than minutes.
    const smallMsPerByte = fastestMs(make(SMALL), 5) / SMALL;
    expect(smallMsPerByte / proseMsPerByte, "cost per byte against prose (20 KB)").toBeLessThan(
      MAX_RATIO_TO_PROSE,
    );
    const text = make(SIZE);
    const first = fastestMs(text, 1);
    expect(first, "absolute time for 200 KB").toBeLessThan(MAX_MS);
    const msPerByte = Math.min(first, fastestMs(text, 1)) / SIZE;
    expect(msPerByte / proseMsPerByte, "cost per byte against prose").toBeLessThan(MAX_RATIO_TO_PROSE);
    // Growth only matters once the text costs more than prose: a cheap run is dominated by
    // timer and collector noise, and a quadratic rule is far above prose at this size.
    if (msPerByte > 2 * proseMsPerByte) {
      const growth = msPerByte / Math.max(smallMsPerByte, 0.5 / SMALL);
      expect(growth, "cost per byte growing with size (quadratic)").toBeLessThan(MAX_GROWTH_PER_BYTE);
    }
  });

  it("screens 1 MB without a single space", () => {
    const text = repeatTo("Malvern-Town-Council.enquiries@example.org/", 1_000_000);
    const ms = fastestMs(text, 1);
    expect(ms).toBeLessThan(MAX_MS * 2);
    expect(ms / 1_000_000 / proseMsPerByte).toBeLessThan(MAX_RATIO_TO_PROSE);
  });

  it("never throws on random unicode, lone surrogates and controls, for every kind of text", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(...SINGLE_CHARACTERS, ...NESTED_UNITS, "\ud800", "\udfff", "\r\n", "\t"),
    );
    const hostile = fc
      .tuple(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 1, max: 300 }))
      .map(([parts, times]) => parts.join("").repeat(times).slice(0, 20_000));
    fc.assert(
      fc.property(
        hostile,
        fc.constantFrom("post", "reply", "personal") as fc.Arbitrary<"post" | "reply" | "personal">,
        (text, kind) => {
          const { findings } = engine.screen({ text, kind, media: [{ kind: "image" }] });
          findingsAreWellFormed(text, findings);
        },
      ),
      { numRuns: 150, seed: 20260501 },
    );
  });
});
