import { test as base, expect } from "@playwright/test";

/**
 * Playwright's test, pointed at the server that global setup started. Every page is also
 * watched for script errors and console errors (a Content Security Policy violation shows up
 * there); a journey fails if any appear.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  baseURL: async ({ baseURL }, use) => {
    const url = process.env.E2E_BASE_URL ?? baseURL;
    if (!url) throw new Error("E2E_BASE_URL is not set: run the journeys through e2e/playwright.config.ts");
    await use(url);
  },
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        // Refused sign-ins answer 401 or 429 on purpose; the browser logs those responses.
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      await use(problems);
      expect(problems, "errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
