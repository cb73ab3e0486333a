import { defineRule } from "../../rule.ts";

import { emailsIn } from "../../detectors/personal-data/email-scan.ts";

/** Email addresses of people; the council's own shared mailboxes can be allowed by domain in the pack. */
export const emailRule = defineRule({
  meta: {
    id: "personal-data/email",
    category: "personal_data",
    clauses: ["procedure.8.b", "procedure.9.j", "risk.3"],
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description: "Finds email addresses, which identify a person and must not be published without reason.",
    messages: {
      found:
        "This looks like an email address ({value}). Publish it only if it is a council mailbox meant for the public.",
    },
  },
  needs: ["at"],
  check(ctx) {
    // Most texts have no "@": skip the pattern scan entirely.
    if (ctx.analysed.summary.at === 0) return;
    const allowed = ctx.context.allowDomains;
    for (const m of emailsIn(ctx.text)) {
      const value = ctx.text.slice(m.start, m.end);
      const domain = value.slice(value.indexOf("@") + 1).toLowerCase();
      // Role mailboxes at an allowed domain (enquiries@ the council) are published on purpose.
      if (allowed.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
      ctx.report({
        messageId: "found",
        data: { value },
        span: { start: m.start, end: m.end },
        dataType: "email",
        suggestion: "[email address removed]",
      });
    }
  },
});
