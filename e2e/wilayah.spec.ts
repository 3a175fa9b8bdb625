import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, pointUntilTip } from "./helpers";

test.describe("where Kotabaru stands among the 13", () => {
  test("the map is in the server's HTML: 13 regions, Kotabaru outlined and labelled, darker = better, a legend", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/perbandingan/ikg/2023");
    const map = page.locator("#grafik-peta");
    await expect(map.getByRole("heading")).toHaveText("IKG 2023 di peta Kalimantan Selatan: Kotabaru peringkat 12 dari 13");
    await expect(map.locator("path[data-region]")).toHaveCount(13);
    await expect(map.getByTestId("map-focus")).toHaveCount(1);
    await expect(map.locator("svg.map text").last()).toHaveText("Kotabaru 0,571");
    // IKG: lower is better, so the lowest (Hulu Sungai Tengah 0,360) has the darkest fill, the highest the lightest.
    const fill = (code: string) => map.locator(`path[data-region="${code}"]`).getAttribute("fill");
    expect(await fill("6307")).toBe("#253494");
    expect(await fill("6311")).toBe("#ffffcc");
    await expect(map.locator(".legend li")).toHaveCount(6);
    await expect(map.locator(".legend li").last()).toHaveText("tidak ada data");
    await expect(map.locator('path[data-region="6302"] title')).toHaveText("Kotabaru: 0,571 (peringkat 12 dari 13)");
    await context.close();
  });

  test("each region is named under the pointer and from the keyboard; the year is a link held in the URL", async ({ page }) => {
    await page.goto("/indikator/ipg");
    const map = page.locator("#grafik-peta");
    await map.scrollIntoViewIfNeeded();
    await pointUntilTip(map.locator('path[data-region="6307"]'), map.getByTestId("chart-tip"), "Hulu Sungai Tengah: 96,07");
    await map.locator(".chart-pointer").focus();
    await page.keyboard.press("ArrowRight");
    await expect(map.getByTestId("chart-tip")).toContainText(/: \d+,\d\d \(peringkat \d+ dari 13\)/);
    const years = page.getByRole("navigation", { name: "Tahun lain di peta" });
    await years.getByRole("link", { name: "2019" }).click();
    await expect(page).toHaveURL(/\/perbandingan\/ipg\/2019#grafik-peta$/);
    await expect(page.locator("#grafik-peta").getByRole("heading")).toContainText("IPG 2019");
  });

  test("distance to the leaders in points and years; rank over time with the method break marked", async ({ page }) => {
    await page.goto("/en/indikator/ikg");
    const gaps = page.getByTestId("leader-gaps");
    await expect(gaps.getByRole("row", { name: /Province \(Kalsel\)/ })).toContainText("0.064 behind");
    await expect(gaps.getByRole("row", { name: /Best regency or city \(Hulu Sungai Tengah/ })).toContainText("0.211 behind");
    await expect(gaps).toContainText(/not caught up at this pace|about \d+ years|pace cannot be computed yet/);
    await page.goto("/indikator/ipm");
    const rank = page.locator("#grafik-peringkat-tahunan");
    await expect(rank.getByRole("heading")).toHaveText("Peringkat IPM Kotabaru di antara kabupaten/kota: 11 dari 13 pada 2024");
    await expect(rank.locator(".method-break")).toHaveCount(1);
    await expect(rank.locator(".method-break")).toContainText("Seri berganti");
    await expectNoAxeViolations(page);
  });

  test("the map's downloads: its data as a workbook named for the map", async ({ page }) => {
    await page.goto("/perbandingan/ikg/2023");
    const [d] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#grafik-peta").getByRole("button", { name: "Excel (XLSX)" }).click(),
    ]);
    expect(d.suggestedFilename()).toBe("ikg-kalimantan-selatan-2023-peta.xlsx");
  });
});
