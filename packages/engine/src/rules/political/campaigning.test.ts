import { ruleTester } from "../../testing/rule-tester.ts";
import { campaigningRule } from "./campaigning.ts";

const periodOpen = { electionPeriods: [{ name: "town council", start: "2026-05-20", end: "2026-06-10" }] };

ruleTester.run(campaigningRule, {
  valid: [
    "Polling stations are open 7am to 10pm. Bring photo ID. #VoteNow",
    "Register to vote by 16 April at gov.uk/register-to-vote",
    "Apply for a postal vote or a proxy vote by 5pm on 17 April.",
    "Vote for your favourite photo in our competition!",
    "Vote for the best scarecrow by Friday",
    "Our campaign to tackle fly-tipping starts today #WasteCrime",
    "The Mayor was re-elected as chair of the committee.",
  ],
  invalid: [
    {
      text: "Vote for Jane Smith on 7 May!",
      errors: [
        {
          spanText: "Vote for",
          severity: "approval",
          message:
            'Campaigning language ("Vote for"): council posts must not ask for votes or support for any side. Information on how and where to vote is fine.',
        },
      ],
    },
    {
      text: "Re-elect our candidate #VoteGreen",
      errors: [{ spanText: "Re-elect" }, { spanText: "our candidate" }, { spanText: "#VoteGreen" }],
    },
    { text: "Vote Labour on Thursday", errors: [{ spanText: "Vote Labour" }] },
    {
      text: "Out canvassing today",
      kind: "personal",
      errors: [{ spanText: "Out canvassing", severity: "advice" }],
    },
    {
      text: "Please vote for me",
      context: periodOpen,
      errors: [
        {
          spanText: "vote for me",
          severity: "block",
          message:
            'Campaigning language ("vote for me") during the town council pre-election period: council publicity must not affect support for any side.',
        },
      ],
    },
  ],
});
