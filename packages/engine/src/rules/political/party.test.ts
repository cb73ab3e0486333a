import { ruleTester } from "../../testing/rule-tester.ts";
import { partyRule } from "./party.ts";

const periodOpen = { electionPeriods: [{ name: "county council", start: "2026-05-01", end: "2026-06-05" }] };

ruleTester.run(partyRule, {
  valid: [
    "Polling stations are open 7am to 10pm on Thursday. Find yours at wheredoivote.co.uk",
    "Register to vote by 16 April; postal vote applications close on 17 April.",
    "The Mayor opened the summer fete on the Village Green.",
    "Labour costs for the new pavilion came in under budget.",
    "We are consulting on reform of the allotment rules.",
    "Our Green Christmas tips: compost your tree!",
    "A conservative estimate puts the crowd at 2,000.",
    "Labour Day concert in Priory Park.",
    "The sturgeon is a fish, and a truss holds up a roof.",
  ],
  invalid: [
    {
      text: "Thanks to the Labour Party for their support.",
      errors: [
        {
          spanText: "Labour Party",
          severity: "approval",
          message:
            "Names a political party (Labour Party). Council posts must stay politically neutral; a manager should approve this.",
        },
      ],
    },
    {
      text: "Cllr Jones (Conservative) and the Lib Dems agreed.",
      errors: [{ spanText: "Conservative" }, { spanText: "Lib Dems" }],
    },
    {
      text: "The Green councillors and Reform UK voted for it",
      errors: [{ spanText: "Green" }, { spanText: "Reform UK" }],
    },
    {
      text: "Keir Starmer visited Malvern today.",
      errors: [
        {
          spanText: "Keir Starmer",
          message:
            "Names a party politician (Keir Starmer). Council posts must stay politically neutral; a manager should approve this.",
        },
      ],
    },
    {
      text: "Great speech by Farage",
      kind: "personal",
      errors: [{ spanText: "Farage", severity: "advice" }],
    },
    {
      text: "The Tories and Sinn Féin disagree.",
      context: periodOpen,
      errors: [
        {
          spanText: "Tories",
          severity: "block",
          message:
            "Names a political party (Tories) during the county council pre-election period, when council publicity must not touch party politics.",
        },
        { spanText: "Sinn Féin", severity: "block" },
      ],
    },
  ],
});
