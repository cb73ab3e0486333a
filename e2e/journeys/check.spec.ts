import type { Request } from "@playwright/test";
import { expectNoSeriousViolations } from "../helpers/axe.ts";
import { keepScreenshot, signIn } from "../helpers/pages.ts";
import { expect, test } from "../helpers/test.ts";
import { USERS } from "../helpers/users.ts";

// A well-formed number: HMRC never issues the "QQ" prefix of its own examples, so the engine
// rightly does not treat "QQ 12 34 56 C" as a real National Insurance number.
const SENTENCE = "Please update the record for AB 12 34 56 C today";
const NI_NUMBER = "AB 12 34 56 C";
/** How long after the last keystroke the finding may take to appear. */
const MAX_LATENCY_MS = 300;

/** Every form the typed text could take on the wire. */
function carriesText(request: Request): boolean {
  const haystacks = [
    request.url(),
    decodeURIComponent(request.url().replace(/\+/g, " ")),
    request.postData() ?? "",
  ];
  const needles = [SENTENCE, NI_NUMBER, "12 34 56", "AB123456C", encodeURIComponent(NI_NUMBER)];
  return haystacks.some((hay) => needles.some((needle) => hay.includes(needle)));
}

test("the check page screens in the browser as you type, without sending the text anywhere", async ({
  page,
}, testInfo) => {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));

  await page.goto("/sign-in");
  await signIn(page, USERS.staff);
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Check a post" }).click();
  await expect(page).toHaveTitle("Check a post – Postwarden");

  const textBox = page.getByRole("textbox", { name: "Post text", exact: true });
  const findings = page.getByRole("region", { name: "Policy findings", exact: true });
  await expect(findings).toContainText("Nothing to check yet");
  await keepScreenshot(page, testInfo, "check-empty");

  // Time in the page itself: from the last keystroke to the moment the findings for the
  // whole sentence, with the National Insurance finding among them, are on screen.
  await page.evaluate(
    ({ length }) => {
      const w = window as unknown as { lastKeyAt?: number; foundAt?: number };
      document.addEventListener("keydown", () => (w.lastKeyAt = performance.now()), true);
      const region = document.querySelector<HTMLElement>('section[aria-labelledby="findings-heading"]')!;
      const check = () => {
        if (w.foundAt !== undefined) return;
        if (
          region.dataset.screenedLength === String(length) &&
          region.textContent?.includes("procedure.8.b")
        ) {
          w.foundAt = performance.now();
        }
      };
      new MutationObserver(check).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      // Record what the live region would have read out while the person typed.
      const status = region.querySelector<HTMLElement>('[role="status"]')!;
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      new MutationObserver(() => spoken.push(status.textContent ?? "")).observe(status, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    },
    { length: SENTENCE.length },
  );

  await textBox.pressSequentially(SENTENCE, { delay: 30 });
  const niFinding = findings.getByRole("listitem").filter({ hasText: "procedure.8.b" }).first();
  await expect(niFinding).toBeVisible({ timeout: 2_000 });
  const latency = await page.evaluate(() => {
    const w = window as unknown as { lastKeyAt?: number; foundAt?: number };
    return w.foundAt !== undefined && w.lastKeyAt !== undefined
      ? w.foundAt - w.lastKeyAt
      : Number.POSITIVE_INFINITY;
  });
  testInfo.annotations.push({
    type: "latency",
    description: `finding ${latency.toFixed(1)} ms after the last keystroke`,
  });
  console.log(`check page: NI finding ${latency.toFixed(1)} ms after the last keystroke`);
  expect(latency).toBeLessThan(MAX_LATENCY_MS);

  // The finding says how serious it is, in words, and which clauses it enforces.
  await expect(niFinding).toContainText(/Blocks publishing|Needs approval|Advice/);
  // The span it concerns is marked in the highlighted copy, and the mark links to the finding.
  const niMark = page.getByTestId("highlighted-copy").locator("mark").filter({ hasText: "12 34 56" }).first();
  await expect(niMark).toBeVisible();
  const findingId = await niFinding.getAttribute("id");
  await expect(niMark.locator("xpath=ancestor::a[1]")).toHaveAttribute("href", `#${findingId}`);

  // The finding and its mark link to each other, and following a link moves focus there.
  await niFinding.getByRole("link", { name: /AB 12 34 56 C/ }).click();
  const niMarkLink = niMark.locator("xpath=ancestor::a[1]");
  await expect(niMarkLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(niFinding).toBeFocused();

  // The live region speaks once typing has paused, not on every keystroke.
  await expect(findings.getByRole("status")).toHaveText(/^\d+ findings?\b/);
  const spoken = await page.evaluate(() =>
    (window as unknown as { spoken: string[] }).spoken.filter(Boolean),
  );
  expect(spoken.length, `live region updates: ${JSON.stringify(spoken)}`).toBeLessThanOrEqual(2);

  await expectNoSeriousViolations(page, testInfo, "check");
  await keepScreenshot(page, testInfo, "check-findings");

  // A different kind of text is screened again at once.
  await page.getByRole("radio", { name: "Personal post" }).check();
  await expect(findings).toHaveAttribute("data-screened-kind", "personal", { timeout: MAX_LATENCY_MS });
  await page.getByRole("radio", { name: "Reply" }).check();
  await expect(findings).toHaveAttribute("data-screened-kind", "reply", { timeout: MAX_LATENCY_MS });
  await expect(niFinding).toBeVisible();

  // Clearing the text returns to the empty state.
  await textBox.fill("");
  await expect(findings).toContainText("Nothing to check yet");

  const leaks = requests.filter(carriesText).map((r) => `${r.method()} ${r.url()}`);
  expect(leaks, "requests that carried the typed text").toEqual([]);
  // The engine arrived as a script, so the page did make requests: the check above had something to look at.
  expect(requests.length).toBeGreaterThan(3);
});

test("the check page reflows to a 320 pixel wide screen without scrolling sideways", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/sign-in");
  await signIn(page, USERS.staff);
  await page.goto("/check");
  await page
    .getByRole("textbox", { name: "Post text", exact: true })
    .fill(`${SENTENCE}. Email jo.bloggs@example.com`);
  const findings = page.getByRole("region", { name: "Policy findings", exact: true });
  await expect(findings.getByRole("listitem").filter({ hasText: "procedure.8.b" }).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await keepScreenshot(page, testInfo, "check-narrow");
});
