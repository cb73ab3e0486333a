import { ruleTester } from "../../testing/rule-tester.ts";
import { cardNumberRule } from "./card-number.ts";

ruleTester.run(cardNumberRule, {
  valid: [
    { name: "fails the Luhn check", text: "Card 4111 1111 1111 1112" },
    { name: "odd grouping", text: "Numbers 4111 11 1111 111111" },
    { name: "twelve digits without a card cue", text: "Ticket 630427373398 issued" },
  ],
  invalid: [
    {
      text: "My card 4111 1111 1111 1111 was stolen",
      errors: [
        {
          spanText: "4111 1111 1111 1111",
          dataType: "card_number",
          severity: "block",
          suggestion: "[card number removed]",
        },
      ],
    },
    {
      text: "cc 4007070753690781 and 3782-822463-10005",
      errors: [{ spanText: "4007070753690781" }, { spanText: "3782-822463-10005" }],
    },
    { text: "card number 630427373398 is lost", errors: [{ spanText: "630427373398" }] },
  ],
});
