import { inflateSync } from "node:zlib";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { percentAttr, pointUntilTip } from "./helpers";

// Every chart is drawn by the server: with scripts off its marks are in the page, placed in proportion
// to their values. Scripts only add tooltips, and the drawing prints.

async function withoutScripts(browser: Browser, path: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** The share of the way from a to b that v lies at. */
const along = (v: number, a: number, b: number) => (v - a) / (b - a);

async function marks(locator: Locator): Promise<{ tip: string; cx: number; cy: number }[]> {
  return locator.evaluateAll((els) =>
    els.map((e) => ({
      tip: e.getAttribute("data-tip") ?? "",
      cx: parseFloat(e.getAttribute("cx") ?? ""),
      cy: parseFloat(e.getAttribute("cy") ?? ""),
    })),
  );
}

test.describe("charts without scripts", () => {
  test("IKG page: the trend's years across and values up and down in proportion; the target, ranking and peers drawn", async ({
    browser,
  }) => {
    const page = await withoutScripts(browser, "/indikator/ikg");
    const trend = page.locator("#grafik-tren");
    const bps = await marks(trend.locator('circle[data-series="single"]'));
    expect(bps.map((m) => m.tip.slice(0, 4))).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"]);
    // The years run 2018–2029 (the target year) across the plot: each sits at (year − 2018) / 11 of its width.
    bps.forEach((m, i) => expect(m.cx).toBeCloseTo((i / 11) * 100, 1));
    // Heights in proportion to the values: 0,597 (2022) against 0,576 (2018) and 0,571 (2023).
    expect(along(bps[4]!.cy, bps[0]!.cy, bps[5]!.cy)).toBeCloseTo(along(0.597, 0.576, 0.571), 2);
    await expect(trend.locator('[data-tip^="2029"]')).toHaveCount(2); // the target and the projection's end
    await expect(trend.locator("path.trend-line")).toHaveCount(1);
    await expect(page.locator("#grafik-peringkat .rank-dot")).toHaveCount(13);
    await expect(page.locator("#grafik-antarwilayah g.peer")).toHaveCount(7);
    await expect(page.locator("#grafik-antarwilayah .end-labels text")).toHaveCount(7);
    await page.context().close();
  });

  test("comparison page: the scatter's points placed by their two values", async ({ browser }) => {
    const page = await withoutScripts(browser, "/perbandingan/ikg/2023");
    const points = page.locator("#grafik-sebaran .scatter-point");
    await expect(points).toHaveCount(13);
    // IKG across: Hulu Sungai Tengah (0,360), Kotabaru (0,571), Balangan (0,574).
    const x = async (code: string) =>
      percentAttr(page.locator(`#grafik-sebaran .scatter-point[data-code="${code}"] circle`), "cx");
    const kotabaru = parseFloat((await page.locator('#grafik-sebaran .scatter-point[data-code="6302"] svg').getAttribute("x"))!);
    expect(along(kotabaru, await x("6307"), await x("6311"))).toBeCloseTo(along(0.571, 0.36, 0.574), 2);
    await expect(page.locator("#grafik-sebaran")).toContainText("Kotabaru");
    await page.context().close();
  });

  test("overview: every card's sparkline is drawn, its highest point where the values peak", async ({ browser }) => {
    const page = await withoutScripts(browser, "/");
    const lines = page.locator("li.card svg.sparkline");
    await expect(lines).toHaveCount(4);
    // IKG 2018–2023 peaks in 2022 (0,597): the fifth of six points is the highest (smallest y).
    const ys = await page
      .locator('li.card[data-indicator="IKG"] svg.sparkline path[data-points]')
      .first()
      .evaluate((e) =>
        e
          .getAttribute("data-points")!
          .split(" ")
          .map((p) => Number(p.split(",")[1])),
      );
    expect(ys.indexOf(Math.min(...ys))).toBe(4);
    await page.context().close();
  });

  test("the deck's charts are in the page, every slide's, before any script runs", async ({ browser }) => {
    const page = await withoutScripts(browser, "/presentasi");
    // Two trends and four rankings.
    await expect(page.locator(".slide svg.chart-surface")).toHaveCount(6);
    await expect(page.locator('.slide [data-tip^="2023 · Kotabaru"]').first()).toBeAttached();
    await page.context().close();
  });
});

test.describe("tooltips", () => {
  test("IKG trend: pointing at 2022 names 2022, the series and 0,597, and the tooltip follows the pointer", async ({ page }) => {
    await page.goto("/indikator/ikg");
    const mark = page.locator('#grafik-tren circle[data-tip^="2022"]');
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    const tip = page.locator("#grafik-tren").getByTestId("chart-tip");
    // Above the mark, not on it: the nearest year decides, as for a reader's pointer over the line.
    await expect(async () => {
      await page.mouse.move(box.x + box.width / 2 + 3, box.y + box.height / 2 - 40);
      await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 - 40);
      await expect(tip).toHaveText("2022 · Kotabaru · Seri BPS: 0,597", { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    const first = (await tip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 + 3, box.y + box.height / 2 + 30);
    await expect(tip).toHaveText("2022 · Kotabaru · Seri BPS: 0,597");
    expect((await tip.boundingBox())!.y).toBeGreaterThan(first.y + 50);
  });

  test("scatter points name their region; the keyboard steps through the marks", async ({ page }) => {
    await page.goto("/perbandingan/ikg/2023");
    const point = page.locator('#grafik-sebaran .scatter-point[data-code="6311"] circle');
    await pointUntilTip(point, page.locator("#grafik-sebaran").getByTestId("chart-tip"), "Balangan: IKG 0,574");
    const chart = page.locator("#grafik-peringkat .chart-pointer");
    await chart.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("#grafik-peringkat").getByTestId("chart-tip")).toContainText(": 0,");
  });
});

/** The clip rectangle of each page's content in a Chromium PDF: the page area inside the margins, in points. */
function contentBoxes(pdf: Buffer): { left: number; right: number }[] {
  const text = pdf.toString("latin1");
  const boxes: { left: number; right: number }[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, text.indexOf("endstream", start))).toString("latin1");
    } catch {
      continue;
    }
    // "sx 0 0 -sy 0 H cm" scales CSS px to points; the first "x y w h re W* n" clips to the page area.
    const scale = /^([\d.]+) 0 0 -[\d.]+ 0 [\d.]+ cm/m.exec(body);
    const clip = /([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re\s*\|?\s*W\*? n/.exec(body.replace(/\n/g, " "));
    if (scale && clip)
      boxes.push({ left: Number(clip[1]) * Number(scale[1]), right: (Number(clip[1]) + Number(clip[3])) * Number(scale[1]) });
  }
  return boxes;
}

test.describe("print", () => {
  test("an indicator page prints on A4 with 12 mm margins or more, with its charts and without controls", async ({ page }) => {
    await page.goto("/indikator/ikg");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString("latin1"))!;
    expect(Math.round(Number(box[1]))).toBe(595); // A4 portrait: 210 mm
    expect(Math.round(Number(box[2]))).toBe(842); // 297 mm
    const mm12 = (12 / 25.4) * 72;
    const pages = contentBoxes(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.left).toBeGreaterThanOrEqual(mm12);
      expect(595 - p.right).toBeGreaterThanOrEqual(mm12);
    }
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("figure.chart svg.chart-surface")).toHaveCount(5);
    // Every chart spans its frame on paper (a hidden control must not leave it a narrow column).
    // (The map keeps its own width, as a map's height follows its width: it must still fit the page.)
    for (const figure of await page.locator("figure.chart:not(#grafik-peta)").all()) {
      const frame = (await figure.boundingBox())!.width;
      const drawing = (await figure.locator("svg.chart-surface").first().boundingBox())!.width;
      expect(drawing / frame, (await figure.getAttribute("id")) ?? "").toBeGreaterThan(0.6);
    }
    for (const what of ["button", "select", "input", "nav", ".chart-downloads", ".region-picker"]) {
      await expect(page.locator(`${what}:visible`), what).toHaveCount(0);
    }
    await expect(page.locator(".print-header")).toBeVisible();
    await expect(page.locator(".print-stamp")).toContainText("/indikator/ikg");
  });
});
