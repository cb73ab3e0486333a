import { ruleTester } from "../../testing/rule-tester.ts";
import { phoneRule } from "./phone.ts";

const phone = (spanText: string) => ({ spanText, dataType: "phone", suggestion: "[phone number removed]" });

ruleTester.run(phoneRule, {
  valid: [
    {
      name: "freephone hotline of an organisation",
      text: "Report flooding on 0800 80 70 60 (24 hour service).",
    },
    { name: "03 national-rate number", text: "Call the Environment Agency on 0345 988 1188." },
    { name: "0300 number", text: "Ring 0300 123 4567 for bin collections." },
    { name: "money is not a phone", text: "The scheme cost £1 250 000 last year." },
    { name: "a date", text: "The meeting moved to 12.05.2024." },
    { name: "a year range", text: "Budget for 2024-2025 agreed." },
    { name: "a short house number without a cue", text: "It is at 375 4411 and more." },
    { name: "a time range", text: "Open 10.30 - 12.30 daily." },
  ],
  invalid: [
    {
      text: "Call Jane on 07700 900123 after six.",
      errors: [{ ...phone("07700 900123"), severity: "approval", messageIncludes: "07700 900123" }],
    },
    { text: "Mobile +44 7700 900456", errors: [phone("+44 7700 900456")] },
    { text: "ring +44 (0)7700 900789 now", errors: [phone("+44 (0)7700 900789")] },
    { text: "Tel (01684) 892700 or 01684 892701", errors: [phone("(01684) 892700"), phone("01684 892701")] },
    {
      text: "Dotted 01684.892.700 and hyphenated 01684-892-700",
      errors: [phone("01684.892.700"), phone("01684-892-700")],
    },
    { text: "Text 07700900999 today", errors: [phone("07700900999")] },
    { text: "Reach her on +1-984-182-0190 in Boston", errors: [phone("+1-984-182-0190")] },
    { text: "Phone: 467 3395", errors: [phone("467 3395")] },
    {
      text: "Call 07700 900123",
      kind: "personal",
      errors: [{ ...phone("07700 900123"), severity: "advice" }],
    },
  ],
});
