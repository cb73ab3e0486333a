import type { Page } from "@playwright/test";
import { expectNoSeriousViolations } from "../helpers/axe.ts";
import { expectLandmarks, keepScreenshot, signIn } from "../helpers/pages.ts";
import { readQrCode } from "../helpers/qr.ts";
import { expect, test } from "../helpers/test.ts";
import { TestAuthenticator } from "../helpers/totp.ts";
import { USERS, type TestUser } from "../helpers/users.ts";

// The journeys share one administrator's authenticator and recovery codes, in this order.
test.describe.configure({ mode: "serial" });

const RECOVERY_CODE = /^[a-z2-9]{5}-[a-z2-9]{5}$/;

let authenticator: TestAuthenticator | undefined;
let recoveryCodes: string[] = [];

/** Reads the setup key off the page, as a person would to type it into their app. */
async function readSetupKey(page: Page): Promise<string> {
  const key = page.getByTestId("setup-key");
  await expect(key).toHaveText(/^\s*([A-Z2-7]{4}\s+)+[A-Z2-7]{1,4}\s*$/);
  return ((await key.textContent()) ?? "").replace(/\s/g, "");
}

/** The password step for someone with two-factor sign-in, which leads to the code step. */
async function passwordStep(page: Page, user: TestUser): Promise<void> {
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your security code");
}

test("an administrator must set up two-factor sign-in, then signs in with a code from the app", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const admin = USERS.admin;

  await page.goto("/");
  await signIn(page, admin);

  // Sent straight to set-up: the server would refuse everything else.
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page).toHaveTitle("Set up two-factor sign-in – Postwarden");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-factor sign-in");
  await expect(page.getByRole("region", { name: "Important" })).toContainText(
    "Your role needs two-factor sign-in",
  );
  const secret = await readSetupKey(page);
  expect(secret).toHaveLength(32);
  const appLink = page.getByRole("link", { name: "Open in an authenticator app on this device" });
  await expect(appLink).toHaveAttribute("href", new RegExp(`^otpauth://totp/.*secret=${secret}`));
  // The QR code a phone scans holds the same link as the one for an app on this device.
  const qrCode = page.getByRole("img", { name: /QR code holding your setup key/ });
  await expect(qrCode).toBeVisible();
  expect(await readQrCode(qrCode)).toBe(await appLink.getAttribute("href"));
  await expectLandmarks(page);
  await expectNoSeriousViolations(page, testInfo, "two-factor set-up");
  await keepScreenshot(page, testInfo, "two-factor-setup");

  // An empty code is caught before asking the server.
  const codeBox = page.getByLabel("Enter the 6-digit code from your app");
  await expect(codeBox).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeBox).toHaveAttribute("inputmode", "numeric");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the 6-digit code from your app");
  await expect(page).toHaveTitle("Error: Set up two-factor sign-in – Postwarden");

  authenticator = new TestAuthenticator(secret);
  await codeBox.fill(authenticator.nextCode());
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();

  // The recovery codes, shown this once.
  const codesHeading = page.getByRole("heading", { level: 1 });
  await expect(codesHeading).toHaveText("Save your recovery codes");
  await expect(codesHeading).toBeFocused();
  await expect(page).toHaveTitle("Save your recovery codes – Postwarden");
  await expect(page.getByRole("alert")).toContainText("Two-factor sign-in is now on");
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
  for (const code of recoveryCodes) expect(code).toMatch(RECOVERY_CODE);
  expect(new Set(recoveryCodes).size).toBe(10);
  await expectNoSeriousViolations(page, testInfo, "recovery codes");
  await keepScreenshot(page, testInfo, "two-factor-recovery-codes");

  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${admin.name}`);
  await expect(page.getByRole("link", { name: "Set up two-factor sign-in" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Menu" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // Signing in again takes a code after the password.
  await passwordStep(page, admin);
  await expect(page).toHaveTitle("Enter your security code – Postwarden");
  const securityCode = page.getByLabel("Security code", { exact: true });
  await expect(securityCode).toHaveAttribute("autocomplete", "one-time-code");
  await expect(securityCode).toHaveAttribute("inputmode", "numeric");
  await expect(page.getByText("Use a recovery code instead")).toBeVisible();
  expect((await page.request.get("/api/me")).status()).toBe(401);
  await expectLandmarks(page);
  await expectNoSeriousViolations(page, testInfo, "second step");
  await keepScreenshot(page, testInfo, "two-factor-second-step");

  // With the keyboard alone: from the top of the page to the code box, a wrong code, then the right one.
  await expect(page.locator(".pw-route-focus").first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(securityCode).toBeFocused();
  await page.keyboard.type(authenticator.wrongCode());
  await page.keyboard.press("Enter");

  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle("Error: Enter your security code – Postwarden");
  const wrongMessage = "The security code is not right. Enter the newest code from your authenticator app";
  await expect(page.getByRole("alert")).toContainText(wrongMessage);
  await expect(securityCode).toHaveAccessibleDescription(new RegExp(wrongMessage));
  await expect(securityCode).toHaveValue("");
  await expectNoSeriousViolations(page, testInfo, "second step with errors");
  await keepScreenshot(page, testInfo, "two-factor-second-step-error");

  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: wrongMessage })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(securityCode).toBeFocused();
  await page.keyboard.type(authenticator.nextCode());
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${admin.name}`);
  expect((await page.request.get("/api/me")).status()).toBe(200);
});

test("a recovery code signs in once, and the account page signs out of every device", async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  const admin = USERS.admin;
  const [recoveryCode] = recoveryCodes;
  expect(recoveryCode, "recovery codes from the set-up journey").toBeDefined();

  await page.goto("/sign-in");
  await passwordStep(page, admin);
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(recoveryCode!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${admin.name}`);

  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Your account" }).click();
  await expect(page).toHaveTitle("Your account – Postwarden");
  const details = page.locator(".govuk-summary-list");
  await expect(details).toContainText(admin.email);
  await expect(details).toContainText("Administrator");
  await expect(
    details.locator(".govuk-summary-list__row").filter({ hasText: "Two-factor sign-in" }),
  ).toContainText("On9 recovery codes left");
  await expectNoSeriousViolations(page, testInfo, "your account");
  await keepScreenshot(page, testInfo, "account");

  // Signing out everywhere asks first, and cancelling changes nothing.
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  const question = page.getByRole("heading", { name: "Are you sure you want to sign out of all devices?" });
  await expect(question).toBeFocused();
  await keepScreenshot(page, testInfo, "account-sign-out-everywhere");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Sign out of all devices" })).toBeFocused();
  expect((await page.request.get("/api/me")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await page.getByRole("button", { name: "Yes, sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed_out=everywhere$/);
  await expect(page.getByRole("alert")).toContainText("You have been signed out of all devices");
  expect((await page.request.get("/api/me")).status()).toBe(401);

  // The recovery code has been used.
  await passwordStep(page, admin);
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(recoveryCode!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "The recovery code is not right, or it has already been used",
  );
  await expect(page.getByLabel("Recovery code")).toBeVisible();
  await page
    .locator(".govuk-error-summary")
    .getByRole("link", { name: /The recovery code is not right/ })
    .click();
  await expect(page.getByLabel("Recovery code")).toBeFocused();
});

/** Content reflows to the width of the screen: nothing needs scrolling sideways (WCAG 1.4.10). */
async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Name the elements that stick out, so a failure says where to look.
    const widest = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { overflow: document.documentElement.scrollWidth - width, widest };
  });
  expect(overflow, `wider than the screen: ${widest.join(", ")}`).toBeLessThanOrEqual(0);
}

test("an administrator without two-factor sign-in goes from the page they asked for to set-up, and back, on a narrow screen", async ({
  page,
}, testInfo) => {
  const admin = USERS.returningAdmin;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/check");
  await signIn(page, admin);
  await expect(page).toHaveURL(/\/account\/two-factor\?returnTo=%2Fcheck$/);
  await expect(page.getByRole("region", { name: "Important" })).toContainText(
    "Your role needs two-factor sign-in",
  );

  // Any other page sends them back here too.
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await page.goto("/check");
  await expect(page).toHaveURL(/\/account\/two-factor\?returnTo=%2Fcheck$/);

  const app = new TestAuthenticator(await readSetupKey(page));
  await expectNoSidewaysScrolling(page);
  await keepScreenshot(page, testInfo, "two-factor-setup-narrow");
  await page.getByLabel("Enter the 6-digit code from your app").fill(app.nextCode());
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expectNoSidewaysScrolling(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check a post");
});

test("a refusal for want of two-factor sign-in from any request leads to set-up, remembering the page", async ({
  page,
}) => {
  await page.goto("/account");
  await signIn(page, USERS.staff);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");

  // Only administrators and channel users meet this refusal; here one answer is made to look like it.
  await page.route("**/api/me/sessions/revoke-all", (route) =>
    route.fulfill({
      status: 403,
      contentType: "application/json",
      body: JSON.stringify({
        error: { code: "two_factor_enrolment_required", message: "Set up two-factor sign-in first." },
      }),
    }),
  );
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await page.getByRole("button", { name: "Yes, sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor\?returnTo=%2Faccount$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-factor sign-in");
  // Nothing was ended: the refusal came before the request did anything.
  expect((await page.request.get("/api/me")).status()).toBe(200);
});
