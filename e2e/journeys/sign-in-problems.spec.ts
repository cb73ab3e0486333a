import { expectNoSeriousViolations } from "../helpers/axe.ts";
import { keepScreenshot } from "../helpers/pages.ts";
import { expect, test } from "../helpers/test.ts";
import { USERS } from "../helpers/users.ts";

test("a wrong password shows the error summary, which links to the field", async ({ page }, testInfo) => {
  const user = USERS.wrongPassword;
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  const summary = page.locator(".govuk-error-summary");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle("Error: Sign in – Postwarden");
  await expect(page.getByRole("alert")).toContainText("Enter a correct email address and password");
  await expect(page.getByLabel("Email address")).toHaveAccessibleDescription(
    /Enter a correct email address and password/,
  );
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expectNoSeriousViolations(page, testInfo, "sign-in with errors");
  await keepScreenshot(page, testInfo, "sign-in-error");

  await summary.getByRole("link", { name: "Enter a correct email address and password" }).click();
  await expect(page.getByLabel("Email address")).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an empty form names both missing fields without asking the server", async ({ page }) => {
  let signInRequests = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/auth/sign-in")) signInRequests += 1;
  });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary.getByRole("link")).toHaveText(["Enter your email address", "Enter your password"]);
  await summary.getByRole("link", { name: "Enter your password" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  expect(signInRequests).toBe(0);
});

test("after five wrong passwords the next attempt says to wait", async ({ page }) => {
  const user = USERS.rateLimited;
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(user.email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Password", { exact: true }).fill(`wrong-${attempt}`);
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in"));
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await answered).status()).toBe(401);
  }
  // The sixth attempt is refused even with the right password.
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "You have tried to sign in too many times. Wait 1 minute, then try again.",
  );
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a refused single sign-on comes back to the sign-in page with the reason in plain English", async ({
  page,
}, testInfo) => {
  await page.goto("/sign-in?sso_error=unknown_user");
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle("Error: Sign in – Postwarden");
  await expect(page.getByRole("alert")).toContainText(
    "Your email address is not on the council’s staff list in Postwarden. Ask your Postwarden administrator to add you.",
  );
  await expectNoSeriousViolations(page, testInfo, "sign-in after a refused single sign-on");
  await keepScreenshot(page, testInfo, "sign-in-sso-error");

  // A reason this page does not know still gets a sentence, never the raw value.
  await page.goto("/sign-in?sso_error=%3Cscript%3E");
  await expect(page.getByRole("alert")).toContainText("Signing in with your council account did not work.");
  await expect(page.getByRole("alert")).not.toContainText("script");
});
