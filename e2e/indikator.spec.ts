import { expect, test } from "@playwright/test";
import { showChart } from "./helpers";

test.describe("indicator page", () => {
  test("IKG: trend against the target, the projection and the gap; ranking with Kotabaru highlighted", async ({ page }) => {
    await page.goto("/indikator/ikg");
    await expect(page.getByTestId("target-value")).toHaveText("0,450");
    const trend = page.locator("#grafik-tren");
    await expect(trend.getByRole("heading")).toContainText("stagnan");
    await expect(trend.locator("path.trend-line")).toHaveCount(1);
    await expect(trend).toContainText("Proyeksi tren saat ini");
    // The data table behind the chart holds the published values, the paper's 0,551 and the target.
    await trend.getByText("Tabel data di balik grafik").click();
    const table = trend.locator("table");
    await expect(table).toContainText("0,571");
    await expect(table).toContainText("0,551");
    await expect(table).toContainText("Target 2029");
    const ranking = page.locator("#grafik-peringkat");
    await showChart(page, "#grafik-peringkat");
    await expect(ranking.locator(".rank-dot")).toHaveCount(13);
    await expect(ranking.getByRole("heading")).toContainText("Kotabaru peringkat 12 dari 13");
    // No scenario box where an official target exists.
    await expect(page.getByTestId("scenario")).toHaveCount(0);
  });

  test("IPM: three methodology series drawn as separate lines, never joined", async ({ page }) => {
    await page.goto("/indikator/ipm");
    const trend = page.locator("#grafik-tren");
    // Three series, each its own line: never one path through all of them.
    const series = await trend
      .locator("path.trend-line")
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-series")))]);
    expect(series.sort()).toEqual(["UHH-LF2020", "pre-2023-method-continued", "pre-2023-release"]);
    await expect(trend.locator(".legend")).toContainText("UHH Long Form SP2020");
    await expect(trend.locator(".legend")).toContainText("Metode lama lanjutan");
    await expect(page.locator(".flags")).toContainText("70,61");
    await expect(page.locator(".flags")).toContainText("2024");
  });

  test("region picker: toggling a region updates the chart and the URL, and the URL reopens it", async ({ page }) => {
    await page.goto("/indikator/ipg");
    await showChart(page, "#grafik-antarwilayah");
    const peers = page.locator("#grafik-antarwilayah");
    const lines = peers.locator("g.peer");
    await expect(lines).toHaveCount(7); // Kotabaru, Kalsel, Indonesia, 4 APE 2023 winners
    await peers.getByRole("checkbox", { name: "Tanah Laut" }).check();
    await expect(lines).toHaveCount(8);
    await expect(page).toHaveURL(/wilayah=.*6301/);
    const url = page.url();
    await page.goto(url);
    await showChart(page, "#grafik-antarwilayah");
    await expect(page.locator("#grafik-antarwilayah").getByRole("checkbox", { name: "Tanah Laut" })).toBeChecked();
    await expect(page.locator("#grafik-antarwilayah g.peer")).toHaveCount(8);
    await page.locator("#grafik-antarwilayah").getByRole("button", { name: "Pilihan bawaan" }).click();
    await expect(page).not.toHaveURL(/wilayah=/);
  });

  test("region picker names unknown codes from a pasted link instead of failing", async ({ page }) => {
    await page.goto("/indikator/ipg?wilayah=6302,9999,abc");
    await showChart(page, "#grafik-antarwilayah");
    const peers = page.locator("#grafik-antarwilayah");
    await expect(peers.getByRole("status")).toContainText("9999, abc");
    await expect(peers.locator("g.peer")).toHaveCount(1);
  });

  test("methodology series can be switched on the peers chart and is kept in the URL", async ({ page }) => {
    await page.goto("/indikator/ipm");
    await showChart(page, "#grafik-antarwilayah");
    const select = page.locator("#grafik-antarwilayah select");
    await select.selectOption("pre-2023-release");
    await expect(page).toHaveURL(/seri=pre-2023-release/);
    await expect(page.locator("#grafik-antarwilayah svg.chart-surface")).toContainText("2015");
  });

  test("scenario: a planner tries an IPG target, sees the pace it needs, and the link keeps it", async ({ page }) => {
    await page.goto("/indikator/ipg");
    const box = page.getByTestId("scenario");
    await expect(box).toContainText("bukan target resmi");
    await box.getByLabel("Target 2029 yang ingin dicoba").fill("88,5");
    await box.getByLabel("Target 2029 yang ingin dicoba").press("Enter");
    await expect(page).toHaveURL(/skenario=88\.5/);
    const result = box.getByTestId("scenario-result");
    // (88.5 − 85.05) / (2029 − 2023) = +0.575 a year, against +0.250 achieved 2018–2023.
    await expect(result).toContainText("+0,575/tahun");
    await expect(result).toContainText("+0,250/tahun");
    await expect(result).toContainText("Perlu percepatan");
    // The trend chart draws the scenario, labelled as such, at 2029.
    const trend = page.locator("#grafik-tren");
    await expect(trend.getByTestId("scenario-target")).toHaveCount(1);
    await expect(trend.locator(".legend")).toContainText("Skenario 2029 (bukan target resmi)");
    await expect(trend.locator("svg.chart-surface")).toContainText("88,50");
    await page.reload();
    await expect(page.getByTestId("scenario-result")).toContainText("+0,575/tahun");
    await expect(page.locator("#grafik-tren").getByTestId("scenario-target")).toHaveCount(1);
  });

  test("scenario: text that is not a number gets a message, not a crash", async ({ page }) => {
    await page.goto("/indikator/idg?skenario=abc");
    await expect(page.getByTestId("scenario")).toContainText('"abc" bukan angka');
    await expect(page.getByTestId("scenario-result")).toHaveCount(0);
    await expect(page.getByTestId("scenario-target")).toHaveCount(0);
    await page.goto("/indikator/idg?skenario=250");
    await expect(page.getByTestId("scenario")).toContainText("di luar rentang");
  });

  test("language switch keeps the page and its URL state", async ({ page }) => {
    await page.goto("/indikator/ipg?skenario=88.5&wilayah=6302,6301");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(
      /\/en\/indikator\/ipg\?skenario=88\.5&wilayah=6302%2C6301|\/en\/indikator\/ipg\?skenario=88\.5&wilayah=6302,6301/,
    );
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("scenario-result")).toContainText("+0.575/year");
    await showChart(page, "#grafik-antarwilayah");
    await expect(page.locator("#grafik-antarwilayah g.peer")).toHaveCount(2);
    await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
    await expect(page).toHaveURL(/^[^?]*\/indikator\/ipg\?skenario=88\.5/);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
  });
});
