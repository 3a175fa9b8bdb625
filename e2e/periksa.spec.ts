import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchConsole } from "./helpers";

const HEADER = "region;indicator;year;value;series;source;note";
const SRC = "bps-ikg-2021-2023-vannesayaa";

test.describe("Periksa CSV", () => {
  test("lists every problem of a broken file by line and column, in the browser only", async ({ page }) => {
    const errors = watchConsole(page);
    const requests: { method: string; url: string; body: string | null }[] = [];
    await page.goto("/periksa");
    await expectNoAxeViolations(page);
    page.on("request", (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
    const csv = [
      HEADER,
      `6302;IKG;2023;0,571;single;${SRC};ok`,
      `9999;IKG;2023;0,5;single;${SRC};`,
      `6302;IKG;2022;0,5.97;single;${SRC};`,
      `6302;IKG;2021;5,88;single;${SRC};`,
    ].join("\r\n");
    await page
      .getByTestId("csv-input")
      .setInputFiles({ name: "ikg-baru.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv, "utf8") });
    const result = page.getByTestId("check-result");
    await expect(result.getByRole("heading")).toHaveText("3 masalah di ikg-baru.csv");
    const rows = result.locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("ikg-baru.csv, baris 3, kolom A (region)");
    await expect(rows.nth(0)).toContainText("kode wilayah tidak ada di regions.csv");
    await expect(rows.nth(1)).toContainText("baris 4, kolom D (value)");
    await expect(rows.nth(1)).toContainText("bukan angka");
    await expect(rows.nth(2)).toContainText("di luar rentang IKG (0–1)");
    // Nothing was sent anywhere: no request carries data, only the page's own scripts were fetched.
    expect(requests.filter((r) => r.method !== "GET" || r.body !== null)).toEqual([]);
    expect(requests.every((r) => new URL(r.url).pathname.startsWith("/_next/static/"))).toBe(true);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("a valid file gets a summary and a preview next to the bundled data", async ({ page }) => {
    await page.goto("/en/periksa");
    const csv = [
      HEADER,
      `6302;IKG;2021;0,588;single;${SRC};`,
      `6302;IKG;2022;0,597;single;${SRC};`,
      `6302;IKG;2023;0,571;single;${SRC};`,
    ].join("\n");
    await page.getByTestId("csv-input").setInputFiles({ name: "ikg.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByTestId("check-result")).toContainText(
      "ikg.csv passes every check as observations.csv. 3 rows, 1 regions, years 2021–2023.",
    );
    const preview = page.getByRole("region", { name: "Preview of Kotabaru's IKG" });
    await expect(preview.locator("g.peer")).toHaveCount(2);
    await expect(preview).toContainText("2023: 0.571");
  });

  test("a file whose table cannot be recognised says how to go on", async ({ page }) => {
    await page.goto("/periksa");
    await page
      .getByTestId("csv-input")
      .setInputFiles({ name: "acak.csv", mimeType: "text/csv", buffer: Buffer.from("a,b,c\n1,2,3\n") });
    await expect(page.getByTestId("check-result")).toContainText("Jenis tabel acak.csv tidak dikenali");
  });
});
