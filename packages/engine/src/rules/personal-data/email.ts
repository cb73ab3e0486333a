import { defineRule } from "../../rule.ts";

// Local part and domain limited in length so the scan stays linear on hostile input.
const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g;

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
  check(ctx) {
    // Most texts have no "@": skip the pattern scan entirely.
    if (!ctx.text.includes("@")) return;
    const allowed = ctx.context.allowDomains;
    for (const m of ctx.text.matchAll(EMAIL)) {
      const value = m[0];
      const domain = value.slice(value.indexOf("@") + 1).toLowerCase();
      // Role mailboxes at an allowed domain (enquiries@ the council) are published on purpose.
      if (allowed.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
      ctx.report({
        messageId: "found",
        data: { value },
        span: { start: m.index, end: m.index + value.length },
        dataType: "email",
        suggestion: "[email address removed]",
      });
    }
  },
});
