import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { expectNoAxeViolations, watchConsole } from "./helpers";

const counter = (page: import("@playwright/test").Page) => page.getByTestId("slide-counter");

test.describe("presentation mode", () => {
  test("keyboard and clicker keys move through the deck; the slide number is in the URL", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/presentasi");
    await expect(counter(page)).toHaveText("Slide 1 dari 10");
    // The first slide is the scorecard.
    await expect(page.locator(".slide:not([hidden]) h1")).toHaveText("Posisi menuju 2029 · Kabupaten Kotabaru");
    await expect(page.locator(".slide:not([hidden]) .slide-lead")).toContainText("0 dari 2 target 2029 di jalur");
    await page.locator(".deck[data-ready]").waitFor();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/slide=2/);
    await expect(page.locator(".slide:not([hidden]) h2")).toContainText("IPM");
    await page.keyboard.press("PageDown");
    await expect(counter(page)).toHaveText("Slide 3 dari 10");
    await page.keyboard.press(" ");
    await expect(counter(page)).toHaveText("Slide 4 dari 10");
    await page.keyboard.press("PageUp");
    await expect(counter(page)).toHaveText("Slide 3 dari 10");
    await page.keyboard.press("End");
    await expect(counter(page)).toHaveText("Slide 10 dari 10");
    await page.keyboard.press("ArrowRight"); // stays on the last slide
    await expect(counter(page)).toHaveText("Slide 10 dari 10");
    await page.keyboard.press("Home");
    await expect(counter(page)).toHaveText("Slide 1 dari 10");
    await page.keyboard.press("ArrowLeft");
    await expect(counter(page)).toHaveText("Slide 1 dari 10");
    expect(errors).toEqual([]);
  });

  test("IPG leads with its rank and the missing target; speaker notes show on N and carry the narrative", async ({ page }) => {
    await page.goto("/presentasi?slide=4");
    await expect(page.locator(".slide:not([hidden]) h2")).toHaveText(
      "IPG Kotabaru terendah di Provinsi Kalimantan Selatan (13 dari 13); target 2029 belum ditetapkan",
    );
    await expect(page.locator(".slide:not([hidden]) .rank-dot")).toHaveCount(13);
    const notes = page.locator(".slide:not([hidden]) .speaker-notes");
    await expect(notes).toBeHidden();
    await page.locator(".deck[data-ready]").waitFor();
    await page.keyboard.press("n");
    await expect(notes).toBeVisible();
    await expect(notes).toContainText("IPG Kotabaru 2023 sebesar 85,05.");
    await page.getByRole("button", { name: "Catatan pembicara (N)" }).click();
    await expect(notes).toBeHidden();
  });

  test("a link reopens its slide; an impossible slide number says so", async ({ page }) => {
    await page.goto("/presentasi?slide=6");
    await expect(counter(page)).toHaveText("Slide 6 dari 10");
    await expect(page.locator(".slide:not([hidden]) h2")).toContainText("IKG");
    await expect(page.locator(".slide:not([hidden]) svg.chart-surface")).toBeVisible();
    await page.goto("/presentasi?slide=99");
    await expect(page.getByRole("status")).toContainText('Slide "99" tidak ada');
    await expect(counter(page)).toHaveText("Slide 1 dari 10");
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    test(`fits a ${viewport.width}×${viewport.height} projector without scrollbars, large type`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/en/presentasi?slide=2");
      await expect(page.locator(".slide:not([hidden]) svg.chart-surface")).toBeVisible();
      const m = await page.evaluate(() => {
        const el = document.scrollingElement!;
        const slide = document.querySelector(".slide:not([hidden])")!.getBoundingClientRect();
        const h2 = document.querySelector(".slide:not([hidden]) h2")!;
        const lineHeight =
          h2.getBoundingClientRect().height /
          Math.max(
            1,
            Math.round(
              h2.getBoundingClientRect().height /
                (parseFloat(getComputedStyle(h2).lineHeight) *
                  Number(getComputedStyle(document.documentElement).getPropertyValue("--deck-scale"))),
            ),
          );
        return { sw: el.scrollWidth, sh: el.scrollHeight, slide, lineHeight };
      });
      expect(m.sw).toBeLessThanOrEqual(viewport.width);
      expect(m.sh).toBeLessThanOrEqual(viewport.height);
      expect(m.slide.right).toBeLessThanOrEqual(viewport.width + 1);
      expect(m.slide.bottom).toBeLessThanOrEqual(viewport.height + 1);
      expect(m.slide.width / viewport.width).toBeGreaterThan(0.75); // the slide uses the screen
      expect(m.lineHeight).toBeGreaterThan(36); // headline lines are over 36 px tall on screen
    });
  }

  test("full-screen toggle and no hover-only controls", async ({ page }) => {
    await page.goto("/presentasi");
    await page.getByRole("button", { name: "Layar penuh" }).click();
    await expect(page.getByRole("button", { name: "Keluar layar penuh" })).toBeVisible();
    await page.getByRole("button", { name: "Keluar layar penuh" }).click();
    await expect(page.getByRole("button", { name: "Layar penuh" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("prints to A4 landscape, one slide per page, nothing cut off", async ({ page }) => {
    await page.goto("/presentasi");
    await expect(page.locator("svg.chart-surface")).toHaveCount(6); // 2 trend charts and 4 rankings, drawn even while hidden
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString("latin1");
    const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(10);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)!;
    expect(Math.round(Number(box[1]))).toBe(842); // A4 landscape: 297 mm wide
    expect(Math.round(Number(box[2]))).toBe(595); // 210 mm high
    await page.emulateMedia({ media: "print" });
    const slides = await page.locator(".slide").evaluateAll((els) =>
      els.map((e) => ({
        w: e.getBoundingClientRect().width,
        h: e.getBoundingClientRect().height,
        scroll: e.scrollHeight - e.clientHeight,
      })),
    );
    for (const s of slides) {
      expect(s.w).toBeLessThanOrEqual(1123);
      expect(s.h).toBeLessThanOrEqual(794);
      expect(s.scroll).toBeLessThanOrEqual(0); // no content overflows a slide
    }
  });

  test("the PowerPoint download has every slide, native charts with the deck's values, and sources", async ({ page }) => {
    await page.goto("/presentasi");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Unduh PowerPoint" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("dasbor-pug-id.pptx");
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBe(10);
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    // Two trends toward a target, and one ranking per index.
    expect(charts.length).toBe(6);
    const chartXml = (await Promise.all(charts.map((f) => zip.file(f)!.async("string")))).join("\n");
    expect(chartXml).toContain("<c:lineChart>");
    expect(chartXml).toContain("<c:barChart>");
    for (const v of ["0.571", "0.45", "75.37", "70.61"]) expect(chartXml).toContain(`<c:v>${v}</c:v>`);
    // Rankings as differences from the province: IPG Kotabaru 85,05 against Kalsel 89,65.
    expect(chartXml).toContain("<c:v>-4.6</c:v>");
    expect(chartXml).not.toMatch(/<c:v>-?\d+\.\d{4,}<\/c:v>/); // rounded, no 72.75999999999996
    // Spell-check in Indonesian: every run, chart and table tagged id-ID.
    expect(chartXml).toContain('<c:lang val="id-ID"/>');
    // The data behind each chart travels with it as an embedded workbook, so it stays editable.
    expect(Object.keys(zip.files).some((f) => /^ppt\/embeddings\/.*\.xlsx$/.test(f))).toBe(true);
    const slideXml = (await Promise.all(slides.map((f) => zip.file(f)!.async("string")))).join("\n");
    expect(slideXml).toContain("Sumber: BPS");
    expect(slideXml).toContain("Non-APE");
    expect(slideXml).toContain("Posisi menuju 2029");
    expect(slideXml).toContain('lang="id-ID"');
    expect(slideXml).not.toContain('lang="en-US"');
    // The narrative travels in PowerPoint's speaker notes.
    const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect(notes.length).toBe(10);
    const notesXml = (await Promise.all(notes.map((f) => zip.file(f)!.async("string")))).join("\n");
    expect(notesXml).toContain("0 dari 2 target 2029 di jalur");
    expect(notesXml).toContain("Minta BAPPERIDA dan BPS Kotabaru");
  });
});
