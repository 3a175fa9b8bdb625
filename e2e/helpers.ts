import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe on the current page, WCAG 2.x A and AA rules: no violations allowed. */
export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Fail the test on any console error or page error (a broken chart, a 404 asset). */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** Scroll one chart into view (charts are drawn by the server; this only brings one on screen). */
export async function showChart(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.locator(`${selector} svg.chart-surface`).first().waitFor();
}

/** A horizontal position drawn as an SVG percentage ("43.21%") as a number (43.21). */
export async function percentAttr(locator: import("@playwright/test").Locator, name: string): Promise<number> {
  const value = await locator.getAttribute(name);
  if (!value?.endsWith("%")) throw new Error(`${name}="${value}" is not a percentage`);
  return parseFloat(value);
}

/**
 * Points at a mark until the chart's tooltip reads `text`. A pointer that arrives before the page's
 * scripts have started shows no tooltip until it moves again, as a reader's would; so move again.
 */
export async function pointUntilTip(
  mark: import("@playwright/test").Locator,
  tip: import("@playwright/test").Locator,
  text: string,
) {
  await expect(async () => {
    await mark.hover({ force: true });
    await expect(tip).toContainText(text, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
}
