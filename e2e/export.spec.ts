import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { showChart, watchConsole } from "./helpers";
import { PAGES, localized } from "./pages";

// The static export (npm run export → out/), served by a plain static file server: same smoke checks,
// and nothing is fetched from any other host.
test.describe("static export", () => {
  for (const lang of ["id", "en"] as const) {
    for (const p of PAGES) {
      const url = localized(lang, p.path);
      test(`${url} works from the static folder`, async ({ page, baseURL }) => {
        const errors = watchConsole(page);
        const foreign: string[] = [];
        page.on("request", (r) => {
          if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
            foreign.push(r.url());
        });
        const response = await page.goto(url);
        expect(response?.ok()).toBe(true);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.h1);
        const surfaces = page.locator("figure.chart svg.chart-surface");
        if (p.charts > 0) await expect(surfaces.first()).toBeVisible();
        await expect(surfaces).toHaveCount(p.charts);
        expect(errors).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }
  }

  test("opened straight from the folder (file://, no server, no scripts loaded) every chart of a page is drawn, styled", async ({
    page,
  }) => {
    for (const [file, charts] of [
      ["out/indikator/ikg/index.html", 5],
      ["out/perbandingan/ikg/2023/index.html", 4],
      ["out/en/indikator/ipm/index.html", 5],
    ] as const) {
      await page.goto(`file://${path.resolve(file)}`);
      await expect(page.locator("figure.chart svg.chart-surface"), file).toHaveCount(charts);
      // The stylesheet loaded from the folder: the drawing's container measures itself for the axis labels.
      expect(
        await page
          .locator("figure.chart .plot")
          .first()
          .evaluate((e) => getComputedStyle(e).containerType),
        file,
      ).toBe("inline-size");
      for (const figure of await page.locator("figure.chart").all()) {
        expect(await figure.locator("[data-tip]").count(), file).toBeGreaterThan(3);
      }
    }
  });

  test("chart CSV download and URL state work offline", async ({ page }) => {
    await page.goto("/indikator/ipg/?wilayah=6302,6301&skenario=88.5");
    await expect(page.getByTestId("scenario-result")).toContainText("+0,575/tahun");
    await showChart(page, "#grafik-antarwilayah");
    await expect(page.locator("#grafik-antarwilayah g.peer")).toHaveCount(2);
    const [d] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#grafik-tren").getByRole("button", { name: "CSV (Excel Indonesia)" }).click(),
    ]);
    const text = (await readFile((await d.path())!)).toString("utf8");
    expect(text.startsWith("\uFEFFkode_wilayah;")).toBe(true);
    expect(text).toContain(";85,05;");
  });

  test("the presentation, its PowerPoint file and the data tables are in the folder", async ({ page, request }) => {
    await page.goto("/presentasi/");
    await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 dari 10");
    // The keys work once the deck's script has started (it marks the deck ready).
    await page.locator(".deck[data-ready]").waitFor();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("slide-counter")).toHaveText("Slide 2 dari 10");
    await expect(page.locator(".slide:not([hidden]) svg.chart-surface")).toBeVisible();
    const pptx = await request.get("/unduh/presentasi/dasbor-pug-id.pptx");
    expect(pptx.ok()).toBe(true);
    expect((await pptx.body()).subarray(0, 2).toString()).toBe("PK");
    const csv = await request.get("/unduh/data/observations.csv");
    expect(csv.ok()).toBe(true);
    expect((await csv.text()).startsWith("\uFEFFregion,region_name,indicator,year,value,series,source,note")).toBe(true);
    const book = await request.get("/unduh/data/data-pug-kotabaru.xlsx");
    expect(book.headers()["content-type"]).toContain("spreadsheetml");
    const json = await (await request.get("/unduh/data/targets.json")).json();
    expect(
      json.rows.find((r: { indicator: string; region: string }) => r.indicator === "IKG" && r.region === "6302").target_value,
    ).toBe(0.45);
  });

  test("an unknown address is a 404, and the folder has a bilingual 404.html for servers that use one", async ({ page }) => {
    const r = await page.goto("/tidak-ada/");
    expect(r?.status()).toBe(404);
    const html = await readFile("out/404.html", "utf8");
    expect(html).toContain("Halaman tidak ditemukan");
    expect(html).toContain("Page not found");
  });
});
