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

/** Charts below the fold draw when they come near the screen: scroll every chart into view. */
export async function drawAllCharts(page: Page) {
  for (const figure of await page.locator("figure.chart").all()) await figure.scrollIntoViewIfNeeded();
}

/** Scroll one chart into view so it draws, and wait for its drawing. */
export async function showChart(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.locator(`${selector} svg:is(.recharts-surface, .chart-surface)`).first().waitFor();
}
