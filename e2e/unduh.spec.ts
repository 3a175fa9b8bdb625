import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { showChart } from "./helpers";

async function download(page: Page, figure: string, button: string | RegExp): Promise<{ d: Download; body: Buffer }> {
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page
      .locator(figure)
      .getByRole("button", { name: button, exact: typeof button === "string" })
      .click(),
  ]);
  return { d, body: await readFile((await d.path())!) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test.describe("chart downloads", () => {
  test("trend chart CSV, Excel Indonesia flavour: BOM, semicolons, decimal commas, the values shown", async ({ page }) => {
    await page.goto("/indikator/ikg");
    await page.locator("#grafik-tren svg.chart-surface").waitFor();
    const { d, body } = await download(page, "#grafik-tren", "CSV (Excel Indonesia)");
    expect(d.suggestedFilename()).toBe("ikg-kotabaru-2018-2023-tren-excel-id.csv");
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8").slice(1);
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("kode_wilayah;nama_wilayah;indikator;tahun;nilai;seri;sumber;url_sumber;id_sumber;keterangan");
    expect(text).toContain("6302;Kabupaten Kotabaru;IKG;2023;0,571;Seri BPS;BPS;");
    // The paper's value is also the baseline: one row, flagged as both, so a pivot table counts it once.
    expect(lines.filter((l) => l.includes(";0,551;"))).toHaveLength(1);
    expect(text).toMatch(/;0,551;.*Nilai terbitan lain \(sumber atau seri lain\); Baseline target/);
    expect(text).toContain(";2029;0,45;"); // the target
    // Exactly the chart's rows: 6 BPS years + the paper's 2023 value (the baseline) + the target.
    expect(lines.length - 1).toBe(8);
  });

  test("the trend chart's Excel workbook: real numbers at the index's decimals, codes as text, its sources", async ({ page }) => {
    await page.goto("/indikator/ikg");
    await page.locator("#grafik-tren svg.chart-surface").waitFor();
    const { d, body } = await download(page, "#grafik-tren", "Excel (XLSX)");
    expect(d.suggestedFilename()).toBe("ikg-kotabaru-2018-2023-tren.xlsx");
    const sheets = await readXlsxFile(body);
    expect(sheets.map((s) => s.sheet)).toEqual(["Data", "Sumber & metode"]);
    const data = sheets[0]!.data;
    expect(data[0]!.slice(0, 5)).toEqual(["kode_wilayah", "nama_wilayah", "indikator", "tahun", "nilai"]);
    expect(data.find((r) => r[3] === 2023 && r[4] === 0.571)?.slice(0, 2)).toEqual(["6302", "Kabupaten Kotabaru"]);
    const styles = strFromU8(unzipSync(new Uint8Array(body))["xl/styles.xml"]!);
    expect(styles).toContain('formatCode="0.000"');
    const sources = sheets[1]!.data.map((r) => String(r[0] ?? ""));
    expect(sources).toContain("BPS");
    expect(sources.some((l) => l.startsWith("Proyeksi tahun target"))).toBe(true);
  });

  test("standard CSV uses commas and decimal points", async ({ page }) => {
    await page.goto("/en/indikator/ipm");
    await showChart(page, "#grafik-peringkat");
    const { body } = await download(page, "#grafik-peringkat", "CSV");
    const text = body.toString("utf8");
    expect(text.startsWith("\uFEFFregion_code,region_name,indicator,year,value,series,source,source_url,source_id,role")).toBe(
      true,
    );
    expect(text).toContain("6372,Kota Banjarbaru,IPM,2024,81.65,");
    expect(text).toContain("6302,Kabupaten Kotabaru,IPM,2024,72.42,");
  });

  test("peers CSV follows the regions picked on screen", async ({ page }) => {
    await page.goto("/indikator/ipg?wilayah=6302,6301");
    await showChart(page, "#grafik-antarwilayah");
    const { body } = await download(page, "#grafik-antarwilayah", "CSV");
    const regions = new Set(
      body
        .toString("utf8")
        .trim()
        .split("\r\n")
        .slice(1)
        .map((l) => l.split(",")[0]),
    );
    expect([...regions].sort()).toEqual(["6301", "6302"]);
  });

  test("PNG is at least 2× the chart's size and SVG carries title, legend and source", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/indikator/ikg");
    const figure = page.locator("#grafik-tren");
    await figure.locator("svg.chart-surface").waitFor();
    const chartWidth = (await figure.locator("svg.chart-surface").boundingBox())!.width;
    const png = await download(page, "#grafik-tren", "PNG");
    expect(png.d.suggestedFilename()).toMatch(/\.png$/);
    const size = pngSize(png.body);
    expect(size.width).toBeGreaterThanOrEqual(2 * chartWidth);
    expect(size.height).toBeGreaterThan(600);
    const svg = (await download(page, "#grafik-tren", "SVG")).body.toString("utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("IKG Kotabaru stagnan");
    expect(svg).toContain("Proyeksi tren saat ini"); // legend
    expect(svg).toContain("Sumber: BPS"); // source line
    expect(svg).toContain("data terakhir 2023");
    expect(svg).toContain("trend-line");
    // In plain pixels for office programs: no percentages, no stretched layer, no dx.
    expect(svg).not.toMatch(/="[\d.]+%"/);
    expect(svg).not.toContain('preserveAspectRatio="none"');
    expect(svg).not.toMatch(/ dx="/);
  });

  test("the ranking SVG shows every region and value in programs that ignore paint-order and dy (office suites)", async ({
    page,
  }) => {
    await page.goto("/perbandingan/ipg/2023");
    const svg = (await download(page, "#grafik-peringkat", "SVG")).body.toString("utf8");
    expect(svg).toContain("Kotabaru peringkat 13 dari 13");
    for (const text of ["Hulu Sungai Tengah", "96,07", "Kotabaru", "85,05", "Kalsel (89,65)", "Sumber: BPS"])
      expect(svg).toContain(text);
    // The halo is a white copy drawn behind the value, not a stroke that would paint over it.
    expect(svg).not.toContain("paint-order");
    expect(svg).not.toMatch(/ dy="/);
  });
});

test.describe("whole-table downloads", () => {
  test("the Data & methods page offers the workbook first; every table also as Excel Indonesia CSV with region names", async ({
    page,
    request,
  }) => {
    await page.goto("/data");
    const section = page.locator("section", { has: page.locator("#unduh-data") });
    const first = section.getByRole("link").first();
    await expect(first).toHaveText("Unduh semua data (Excel, XLSX)");
    await expect(first).toHaveAttribute("href", "/unduh/data/data-pug-kotabaru.xlsx");
    await expect(section.getByRole("link", { name: "CSV (Excel Indonesia)" })).toHaveCount(11);

    const csv = await (await request.get("/unduh/data/observations-excel-id.csv")).text();
    expect(csv.split("\r\n")[0]).toBe("\uFEFFregion;region_name;indicator;year;value;series;source;note");
    // Indonesia's code next to its name: a spreadsheet that reads 0000 as 0 still says which region.
    expect(csv).toMatch(/\r\n0000;Indonesia;IPM;2024;75,02;/);
    expect(csv).toMatch(/\r\n6302;Kabupaten Kotabaru;IKG;2023;0,571;/);
    const json = (await (await request.get("/unduh/data/targets.json")).json()) as { rows: { target_value: unknown }[] };
    expect(typeof json.rows[0]!.target_value).toBe("number");

    const book = await request.get("/unduh/data/data-pug-kotabaru.xlsx");
    expect(book.headers()["content-type"]).toContain("spreadsheetml");
    const sheets = await readXlsxFile(Buffer.from(await book.body()));
    expect(sheets[0]!.sheet).toBe("Nilai terbitan");
    expect(sheets.at(-1)!.sheet).toBe("Sumber & metode");
    const ikg = sheets[0]!.data.find((r) => r[0] === "6302" && r[2] === "IKG" && r[3] === 2023);
    expect(ikg?.[4]).toBe(0.571);
    const en = await readXlsxFile(Buffer.from(await (await request.get("/unduh/data/pug-data-kotabaru-en.xlsx")).body()));
    expect(en.at(-1)!.sheet).toBe("Sources & method");
  });
});
