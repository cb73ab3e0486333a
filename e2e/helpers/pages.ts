import { expect, type Page, type TestInfo } from "@playwright/test";
import type { TestUser } from "./users.ts";

/** Signs in through the form, the way a person would, and waits for the page it leads to. */
export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Menu" })).toBeVisible();
}

/** A full-page screenshot kept with the test's results, for a person to look over. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Every page has the same landmarks: one banner, one main, one footer. */
export async function expectLandmarks(page: Page): Promise<void> {
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
}
