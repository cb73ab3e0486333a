import { expect, test } from "../helpers/test.ts";
import { USERS } from "../helpers/users.ts";

test("with the keyboard alone: the skip link comes first and the sign-in form can be completed", async ({
  page,
}) => {
  const user = USERS.staff;
  await page.goto("/sign-in");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  // The GOV.UK skip link is hidden until focused, then it must be visible.
  const box = await skipLink.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(20);

  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  await page.keyboard.press("Tab");
  const email = page.getByLabel("Email address");
  await expect(email).toBeFocused();
  // Focus is visible: GOV.UK's yellow outline on inputs.
  expect(await email.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.type(user.email);

  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type(user.password);

  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);

  // After moving to another page, Tab again reaches the skip link first.
  await page.getByRole("link", { name: "Check a post" }).first().press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check a post");
  // The app moves focus back to the top of the page once the new page is in place.
  await expect(page.locator(".pw-route-focus")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
});
