import { ruleTester } from "../../testing/rule-tester.ts";
import { personRule } from "./person.ts";

const person = (spanText: string) => ({ spanText, dataType: "person", suggestion: "[name removed]" });

ruleTester.run(personRule, {
  valid: [
    "The Priory Park bandstand reopens on Monday.",
    "Malvern Town Council thanks every volunteer.",
    {
      name: "a public office holder is named in that role",
      text: "The Mayor, Cllr Sarah Rouse, opened the fair.",
    },
    {
      name: "a staff member is left to colleague-mention",
      text: "Ask Peter Jones at reception.",
      context: { staffNames: ["Peter Jones"] },
    },
    { name: "a title-case headline", text: "Road Closure Notice For Wells Road This Weekend" },
    { name: "organisers said is not a person", text: "Organisers said the event was a success." },
  ],
  invalid: [
    {
      text: "Thanks to Margaret Thompson for the flowers.",
      errors: [
        {
          ...person("Margaret Thompson"),
          severity: "advice",
          message: "This names a person (Margaret Thompson). Check they are happy to be named in public.",
        },
      ],
    },
    { text: "Mr. Kozłowski flew to Warsaw.", errors: [person("Kozłowski")] },
    { text: "my name is borna jerković", errors: [person("borna jerković")] },
    {
      name: "a private person beside a complaint needs approval",
      text: "Jane Doherty made a complaint about the bins.",
      errors: [{ ...person("Jane Doherty"), severity: "approval", messageIncludes: '"complaint"' }],
    },
    { text: "the verses from Faina D. Yefremova's book", errors: [person("Faina D. Yefremova")] },
    {
      text: "They had 3: Sheila, Donna and Sherry.",
      errors: [person("Sheila"), person("Donna"), person("Sherry")],
    },
    {
      text: "Jane Doherty was arrested.",
      kind: "personal",
      errors: [{ ...person("Jane Doherty"), severity: "advice" }],
    },
  ],
});
