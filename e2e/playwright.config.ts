import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium; Playwright's own browser download does not work here.
const chromium = existsSync("/usr/lib/chromium/chromium")
  ? "/usr/lib/chromium/chromium"
  : "/usr/bin/chromium";

export default defineConfig({
  testDir: "./journeys",
  globalSetup: "./helpers/global-setup.ts",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // The JSON report is summed with the unit tests' by `npm test` (scripts/test.sh names the file).
  reporter: [["list"], ["json", { outputFile: process.env.POSTWARDEN_E2E_REPORT ?? "../.e2e-results.json" }]],
  outputDir: "../test-results/e2e",
  use: {
    browserName: "chromium",
    headless: true,
    locale: "en-GB",
    viewport: { width: 1280, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
