import { expect, test } from "@playwright/test";
import { showChart } from "./helpers";

test.describe("indicator page", () => {
  test("IKG: the chart comes first under a title with the message; the summary once; one data-notes block after it", async ({
    page,
  }) => {
    await page.goto("/indikator/ikg");
    // The first thing after the page heading is the trend chart.
    await expect(page.locator("main h1 + figure")).toHaveAttribute("id", "grafik-tren");
    const trend = page.locator("#grafik-tren");
    await expect(trend.getByRole("heading")).toHaveText(
      "IKG Kotabaru stagnan: perlu turun 0,0202 poin per tahun untuk mencapai 0,450 pada 2029",
    );
    await expect(trend.locator("path.trend-line")).toHaveCount(1);
    await expect(trend).toContainText("Proyeksi tren saat ini");
    // The summary sentence appears once on the page.
    const summary = "Untuk mencapai 0,450 pada 2029 perlu penurunan 0,0202 poin per tahun";
    await expect(page.getByText(summary)).toHaveCount(1);
    await expect(page.getByTestId("target-value")).toHaveText("0,450");
    await expect(page.getByTestId("change")).toHaveText("Turun 0,026 dari 2022 ke 2023, tetapi laju 2018–2023 hampir datar");
    await expect(page.getByRole("progressbar")).toHaveCount(0);
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

  test("IKG conflict as a decision: both values with sources, which is used and why, the status under each, the step", async ({
    page,
  }) => {
    await page.goto("/indikator/ikg");
    const notes = page.getByTestId("data-notes-ikg");
    await expect(page.getByTestId("data-notes-ikg")).toHaveCount(1);
    const decision = notes.getByTestId("decision");
    await expect(decision.getByRole("heading")).toHaveText("Baseline IKG: 0,551 atau 0,571?");
    await expect(decision).toContainText("RPJMD (dikutip makalah): baseline 0,551, tertulis 2023 (Makalah Refansyah dkk.)");
    await expect(decision).toContainText("BPS 2023: 0,571 (BPS)");
    await expect(decision).toContainText("Nilai BPS 0,571 dipakai untuk 2023");
    const outcomes = decision.locator(".decision-outcomes li");
    await expect(outcomes.nth(0)).toContainText("Stagnan");
    await expect(outcomes.nth(1)).toContainText("Bila 0,551 adalah nilai 2023");
    await expect(outcomes.nth(1)).toContainText("Perlu percepatan");
    await expect(decision).toContainText("Status berbeda: pilihan ini mengubah kesimpulan");
    await expect(decision).toContainText(
      "Minta BAPPERIDA dan BPS Kotabaru mengonfirmasi nilai dan tahun baseline IKG (0,551 atau 0,571)",
    );
    await expect(notes.getByTestId("freshness")).toContainText("IKG 2024 sudah dirilis BPS (Indonesia, 5 Mei 2025");
  });

  test("IPM: told once and coherently; three methods as separate lines with plain names; the break annotated and marked", async ({
    page,
  }) => {
    await page.goto("/indikator/ipm");
    const trend = page.locator("#grafik-tren");
    // Three series, each its own line: never one path through all of them.
    const series = await trend
      .locator("path.trend-line")
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-series")))]);
    expect(series.sort()).toEqual(["UHH-LF2020", "pre-2023-method-continued", "pre-2023-release"]);
    const legend = trend.locator(".legend");
    await expect(legend).toContainText("Kotabaru · Metode baru (resmi)");
    await expect(legend).toContainText("Kotabaru · Metode lama");
    await expect(legend).toContainText("Kotabaru · Metode lama, dilanjutkan (basis target RPJMD)");
    await expect(legend).not.toContainText("UHH Long Form");
    // The method break on the chart itself: a rule with a label, and what it means under the chart.
    const rule = trend.getByTestId("method-break");
    await expect(rule).toHaveCount(1);
    await expect(rule).toContainText("Metode baru BPS (Desember 2023), dihitung ulang sejak 2020");
    await expect(trend.locator(".chart-note")).toContainText(
      "Desember 2023: BPS mengganti cara menghitung IPM ke metode baru (resmi) dan menghitung ulang nilainya sejak 2020. Nilai metode baru dan metode lama tidak dapat dibandingkan",
    );
    // The summary leads with BPS's official value and says the target's basis.
    await expect(trend.locator(".chart-summary")).toContainText("IPM Kotabaru 2024 sebesar 72,42, menurut metode baru (resmi).");
    await expect(trend.locator(".chart-summary")).toContainText(
      "Target 75,37 ditetapkan pada metode lama, dilanjutkan; pada metode itu nilai 2024 adalah 70,61.",
    );
    await expect(page.getByTestId("progress-note")).toHaveText("Belum ada data setelah baseline");
    await expect(page.locator(".progress-panel")).toContainText(
      "Baseline RPJMD 70,61 (tertulis 2023; sama dengan nilai BPS 2024, metode lama, dilanjutkan)",
    );
    await expect(page.locator(".progress-panel")).toContainText(
      "setara 77,18 pada metode baru (resmi) (dihitung, bukan target resmi)",
    );
    await expect(page.getByTestId("decision").getByRole("heading")).toHaveText("Baseline IPM: metode lama atau metode baru?");
    // The rank history marks the year the method changed.
    const breakRow = page.locator("tr.series-break");
    await expect(breakRow).toHaveCount(1);
    await expect(breakRow).toContainText("2021");
    await expect(breakRow).toContainText("metode berganti: tidak sebanding dengan tahun sebelumnya");
  });

  test("IPM components as levers: Kotabaru's latest value, Kalsel in the same year and series, the gap, the office, the source", async ({
    page,
  }) => {
    await page.goto("/indikator/ipm");
    const levers = page.getByTestId("levers");
    await expect(levers.getByRole("heading", { level: 2 })).toHaveText("Komponen sebagai pengungkit: Kotabaru dibanding Kalsel");
    // Life expectancy 2024 in BPS's "[Metode Baru]" table (old UHH basis, continued): Kotabaru 69,93, Kalsel 69,65.
    const uhh = levers.locator("tbody tr", { hasText: "Umur harapan hidup saat lahir (UHH)" });
    await expect(uhh).toContainText("69,93");
    await expect(uhh).toContainText("2024");
    await expect(uhh).toContainText("Metode lama, dilanjutkan");
    await expect(uhh).toContainText("69,65");
    await expect(uhh).toContainText("+0,28");
    await expect(uhh).toContainText("lebih baik");
    await expect(uhh).toContainText("Dinas Kesehatan");
    await expect(uhh).toContainText("BPS");
    const hls = levers.locator("tbody tr", { hasText: "Harapan lama sekolah (HLS)" });
    await expect(hls).toContainText("12,08");
    await expect(hls).toContainText("12,87");
    await expect(hls).toContainText("−0,79");
    await expect(hls).toContainText("lebih buruk");
    await expect(hls).toContainText("Dinas Pendidikan");
    await expect(levers.getByTestId("levers-summary")).toHaveText(
      "Kotabaru di bawah Kalsel pada: Harapan lama sekolah (HLS); Rata-rata lama sekolah (RLS); Pengeluaran per kapita disesuaikan. Kotabaru lebih baik dari Kalsel pada: Umur harapan hidup saat lahir (UHH).",
    );
    // Every component has a Kotabaru value: no import instructions.
    await expect(levers.getByTestId("levers-how-to-add")).toHaveCount(0);
    // The page's source list names the BPS table the components come from.
    await expect(page.locator('section[aria-labelledby="sumber"]')).toContainText(
      "[Metode Baru] Umur Harapan Hidup Saat Lahir (UHH)",
    );

    await page.goto("/en/indikator/ipm");
    const en = page.getByTestId("levers");
    await expect(en.getByRole("heading", { level: 2 })).toHaveText("Components as levers: Kotabaru against Kalsel");
    const enUhh = en.locator("tbody tr", { hasText: "Life expectancy at birth (UHH)" });
    await expect(enUhh).toContainText("69.93");
    await expect(enUhh).toContainText("69.65");
    await expect(enUhh).toContainText("+0.28");
    await expect(enUhh).toContainText("better");
    await expect(enUhh).toContainText("Health Office");
    await expect(enUhh).not.toContainText("Dinas Kesehatan");
  });

  test("IKG components with no Kotabaru value: the row says so, names the office, and the import is shown, never a number", async ({
    page,
  }) => {
    await page.goto("/indikator/ikg");
    const levers = page.getByTestId("levers");
    const mtf = levers.locator("tbody tr", { hasText: "Melahirkan tidak di fasilitas kesehatan (MTF)" });
    await expect(mtf).toContainText("belum ada data yang diterbitkan untuk Kotabaru");
    await expect(mtf).toContainText("Dinas Kesehatan");
    const tpak = levers.locator("tbody tr", { hasText: "Tingkat partisipasi angkatan kerja perempuan" });
    await expect(tpak).toContainText("Dinas Tenaga Kerja");
    await expect(levers.locator("tbody tr", { hasText: "Anggota legislatif perempuan" })).toContainText(
      "Partai politik, KPU dan DPRD",
    );
    const howTo = levers.getByTestId("levers-how-to-add");
    await expect(howTo).toContainText("npm run data:import -- TABEL-BPS.csv --indicator IKG_MTF --source ID-SUMBER");
    await expect(howTo).toContainText("6302,IKG_MTF,TAHUN,NILAI,single,ID-SUMBER");

    await page.goto("/en/indikator/ikg");
    const en = page.getByTestId("levers");
    await expect(en.locator("tbody tr", { hasText: "Births outside a health facility (MTF)" })).toContainText(
      "no published value for Kotabaru yet",
    );
    await expect(en.getByTestId("levers-how-to-add")).toContainText(
      "npm run data:import -- BPS-TABLE.csv --indicator IKG_MTF --source SOURCE-ID",
    );
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
