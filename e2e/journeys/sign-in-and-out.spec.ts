import { expectNoSeriousViolations } from "../helpers/axe.ts";
import { expectLandmarks, keepScreenshot, signIn } from "../helpers/pages.ts";
import { expect, test } from "../helpers/test.ts";
import { USERS } from "../helpers/users.ts";

test("signs in, reaches the home page and signs out, with no serious accessibility problems on the way", async ({
  page,
}, testInfo) => {
  const user = USERS.staff;

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page).toHaveTitle("Sign in – Postwarden");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expectLandmarks(page);
  await expectNoSeriousViolations(page, testInfo, "sign-in");
  await keepScreenshot(page, testInfo, "sign-in");

  await signIn(page, user);
  await expect(page).toHaveURL(/\/$/);
  await expect(page).toHaveTitle("Home – Postwarden");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
  const menu = page.getByRole("navigation", { name: "Menu" });
  await expect(menu.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "Check a post" })).toBeVisible();
  await expectLandmarks(page);
  await expectNoSeriousViolations(page, testInfo, "home");
  await keepScreenshot(page, testInfo, "home");

  await menu.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");

  // The session is gone on the server too, not just in the page.
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(401);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an unauthenticated visit to a signed-in page returns there after signing in", async ({ page }) => {
  await page.goto("/check");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fcheck$/);
  await signIn(page, USERS.staff);
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check a post");
});

test("an unknown address shows the page not found page", async ({ page }, testInfo) => {
  await page.goto("/no-such-page");
  await expect(page).toHaveTitle("Page not found – Postwarden");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectLandmarks(page);
  await expectNoSeriousViolations(page, testInfo, "not-found");
  await keepScreenshot(page, testInfo, "not-found");
});
