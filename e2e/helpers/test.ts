import { test as base, expect } from "@playwright/test";

/** Playwright's test, pointed at the server that global setup started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error("E2E_BASE_URL is not set: run the journeys through e2e/playwright.config.ts");
    await use(url);
  },
});

export { expect };
