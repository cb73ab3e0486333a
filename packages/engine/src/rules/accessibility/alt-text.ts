import { defineRule } from "../../rule.ts";

export const altTextRule = defineRule({
  meta: {
    id: "accessibility/alt-text",
    category: "accessibility",
    clauses: ["procedure.9.g"],
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description: "Finds images attached without alternative text, which screen reader users cannot see.",
    messages: {
      missing:
        "Image {position}{name} has no alt text. Describe what it shows so people using screen readers are not left out.",
    },
  },
  check(ctx) {
    ctx.media.forEach((item, index) => {
      if (item.kind !== "image" || (item.altText ?? "").trim().length > 0) return;
      ctx.report({
        messageId: "missing",
        data: { position: index + 1, name: item.name ? ` (${item.name})` : "" },
      });
    });
  },
});
