import { ruleTester } from "../../testing/rule-tester.ts";
import { candidateRule } from "./candidate.ts";

const county = { name: "county council", start: "2026-05-01", end: "2026-06-05", candidates: ["Jane Smith"] };
const later = { name: "town council", start: "2026-09-01", end: "2026-10-01", candidates: ["Tom Brown"] };

ruleTester.run(candidateRule, {
  valid: [
    "The Mayor opened the fete.",
    { text: "Jane Smith opened the fete.", name: "no candidates known" },
    { text: "Smith's bakery is open", context: { electionPeriods: [county] }, name: "surname alone" },
  ],
  invalid: [
    {
      text: "The Mayor, Cllr Smith, opened the fete.",
      context: { electionPeriods: [county] },
      errors: [
        {
          spanText: "Cllr Smith",
          severity: "block",
          message:
            "Names Jane Smith, a candidate in the county council election, during its pre-election period. Council publicity must not feature candidates now.",
        },
      ],
    },
    {
      text: "Tom Brown and Jane Smith planted trees",
      context: { electionPeriods: [county, later] },
      errors: [
        {
          spanText: "Tom Brown",
          severity: "block",
          messageIncludes: "known candidate, while the county council pre-election period is open",
        },
        {
          spanText: "Jane Smith",
          severity: "block",
          messageIncludes: "a candidate in the county council election",
        },
      ],
    },
    {
      text: "Thanks to Tom Brown for the litter pick",
      context: { electionPeriods: [later] },
      errors: [
        {
          spanText: "Tom Brown",
          severity: "advice",
          message:
            "Names Tom Brown, a known election candidate. Mention them only in their civic role, never their campaign.",
        },
      ],
    },
    {
      text: "Good luck Jane Smith!",
      kind: "personal",
      context: { electionPeriods: [county] },
      errors: [{ severity: "advice", messageIncludes: "a known election candidate" }],
    },
    {
      text: "Welcome Councillor Khan",
      context: { candidates: ["Amira Khan"] },
      errors: [{ spanText: "Councillor Khan", severity: "advice" }],
    },
  ],
});
