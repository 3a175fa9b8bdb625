import { expect, test } from "@playwright/test";
import { percentAttr, showChart } from "./helpers";

test.describe("comparison page", () => {
  test("year and indicator are links; each view has its own URL", async ({ page }) => {
    await page.goto("/perbandingan");
    await expect(page.getByRole("navigation", { name: "Indikator" }).getByRole("link", { name: "IPM" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await page.getByRole("navigation", { name: "Indikator" }).getByRole("link", { name: "IKG" }).click();
    await expect(page).toHaveURL(/\/perbandingan\/ikg\/2023$/);
    await page.getByRole("navigation", { name: "Tahun" }).getByRole("link", { name: "2019" }).click();
    await expect(page).toHaveURL(/\/perbandingan\/ikg\/2019$/);
    await expect(page.locator("#grafik-peringkat").getByRole("heading")).toContainText("IKG 2019");
    await expect(page.locator("#grafik-peringkat .rank-dot")).toHaveCount(13);
  });

  test("the ranking chart is drawn by the server: there before any script runs, dots placed by value", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/perbandingan/ikg/2023");
    const dots = page.locator("#grafik-peringkat .rank-dot");
    await expect(dots).toHaveCount(13);
    // IKG: lower is better, so the best (Hulu Sungai Tengah 0,360) is first and furthest left.
    await expect(dots.first()).toContainText("Hulu Sungai Tengah");
    await expect(dots.first()).toContainText("0,360");
    const focus = page.locator('#grafik-peringkat .rank-dot[data-code="6302"]');
    await expect(focus).toContainText("0,571");
    const cx = async (i: number) => percentAttr(dots.nth(i).locator("circle"), "cx");
    const [first, kotabaru, last] = [await cx(0), await percentAttr(focus.locator("circle"), "cx"), await cx(12)];
    expect(first).toBeLessThan(kotabaru);
    expect(kotabaru).toBeLessThan(last);
    // Positions in proportion to the values: (0,571 − 0,360) / (0,574 − 0,360) of the way along.
    expect((kotabaru - first) / (last - first)).toBeCloseTo((0.571 - 0.36) / (0.574 - 0.36), 2);
    await context.close();
  });

  test("on a phone the ranking chart fits the screen's width as the server drew it, its axis numbers apart", async ({
    browser,
  }) => {
    // Without scripts: nothing is redrawn in the browser, the server's drawing fits the phone by itself.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/perbandingan/ipm/2024");
    const svg = page.locator("#grafik-peringkat svg.chart-surface");
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const ticks = await svg.locator(".ranking-axis text").evaluateAll((els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0) // labels that give way on a narrow plot are not drawn
        .map((r) => ({ left: r.left, right: r.right })),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).toBeGreaterThan(ticks[i - 1]!.right);
    await context.close();
  });

  test("a year with no regency data says so and lists what exists", async ({ page }) => {
    await page.goto("/perbandingan/ikg/2024");
    await expect(page.getByTestId("empty-ranking")).toContainText("belum tersedia untuk IKG 2024");
    await expect(page.getByTestId("empty-ranking")).toContainText("Indonesia 0,421");
    // No table of dashes under the empty state; the coverage grid shows what is missing.
    await expect(page.locator("table.ranking-table")).toHaveCount(0);
    await expect(page.locator(".coverage")).toContainText("—");
    await page.getByTestId("empty-ranking").getByRole("link", { name: "Lihat 2023." }).click();
    await expect(page).toHaveURL(/\/perbandingan\/ikg\/2023$/);
  });

  test("the table sorts by a column and keeps the order in the URL", async ({ page }) => {
    await page.goto("/perbandingan/ipm/2024");
    const table = page.locator("table.ranking-table");
    await expect(table.locator("tbody tr").first()).toContainText("Banjarbaru");
    await table.getByRole("button", { name: /Wilayah/ }).click();
    await expect(page).toHaveURL(/urut=nama/);
    await expect(table.locator("tbody tr").first()).toContainText("Balangan");
    await table.getByRole("button", { name: /Nilai/ }).click();
    await table.getByRole("button", { name: /Nilai/ }).click();
    await expect(page).toHaveURL(/urut=nilai-turun/);
    await expect(table.locator("tbody tr").first()).toContainText("Banjarbaru");
    await page.reload();
    await expect(page.locator("table.ranking-table tbody tr").first()).toContainText("Banjarbaru");
    await expect(page.locator("table.ranking-table th[aria-sort=descending]")).toContainText("Nilai");
  });

  test("scatter of two indicators; the vertical axis is chosen and kept in the URL", async ({ page }) => {
    await page.goto("/perbandingan/ipg/2023");
    await showChart(page, "#grafik-sebaran");
    const scatter = page.locator("#grafik-sebaran");
    await expect(scatter.locator(".scatter-point")).toHaveCount(13);
    await scatter.locator("select").selectOption("IKG");
    await expect(page).toHaveURL(/y=ikg/);
    await expect(scatter.locator("svg.chart-surface")).toContainText("IKG");
    await page.goto("/perbandingan/ipg/2023?y=nonsense");
    await showChart(page, "#grafik-sebaran");
    await expect(page.locator("#grafik-sebaran").getByRole("status")).toContainText("nonsense");
  });
});
