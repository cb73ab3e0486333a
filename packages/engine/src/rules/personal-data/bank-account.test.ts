import { ruleTester } from "../../testing/rule-tester.ts";
import { bankAccountRule } from "./bank-account.ts";

ruleTester.run(bankAccountRule, {
  valid: ["Scores were 20-00-00 draws all round?", "Account of the meeting: 12 attended."],
  invalid: [
    {
      text: "Pay into 20-00-00 12345678 please",
      errors: [
        {
          spanText: "20-00-00 12345678",
          dataType: "bank_account",
          severity: "block",
          suggestion: "[bank details removed]",
        },
      ],
    },
    {
      text: "sort code 40-11-62, account 31926819",
      errors: [{ spanText: "40-11-62, account 31926819", messageIncludes: "sort code and account number" }],
    },
    { text: "account number 31926819", errors: [{ spanText: "31926819" }] },
    { text: "sort code 401162", kind: "personal", errors: [{ spanText: "401162", severity: "approval" }] },
  ],
});
