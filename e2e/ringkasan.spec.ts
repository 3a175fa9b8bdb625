import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchConsole } from "./helpers";

test.describe("overview /", () => {
  test("the scorecard answers 'where do we stand for 2029' first, in one sentence and one row per index", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/");
    await expect(page).toHaveTitle(/Ringkasan/);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kabupaten Kotabaru");
    // The first section of the page is the scorecard.
    await expect(page.locator("main section").first()).toHaveAttribute("data-testid", "scorecard");
    await expect(page.getByRole("heading", { level: 2, name: "Posisi menuju 2029" })).toBeVisible();
    await expect(page.getByTestId("scorecard-sentence")).toHaveText(
      "0 dari 2 target 2029 di jalur (IPM perlu percepatan dan IKG stagnan). IPG terendah di Provinsi Kalimantan Selatan (13 dari 13); IPM 11 dari 13; IKG 12 dari 13. IPG dan IDG belum punya target 2029.",
    );
    const row = (code: string) =>
      page.locator(".scorecard-table tbody tr").filter({ has: page.getByRole("link", { name: code, exact: true }) });
    // IPM: BPS's official value leads; the target's basis and its computed equivalent are said.
    await expect(row("IPM")).toContainText("72,42 (2024)");
    await expect(row("IPM")).toContainText("75,37");
    await expect(row("IPM")).toContainText("setara 77,18");
    await expect(row("IPM")).toContainText("72,76");
    await expect(row("IPM")).toContainText("2,61 di bawah target");
    await expect(row("IPM")).toContainText("Perlu percepatan");
    await expect(row("IPM")).toContainText("11 dari 13");
    await expect(row("IPG")).toContainText("belum ditetapkan");
    await expect(row("IPG")).toContainText("13 dari 13");
    await expect(row("IPG")).toContainText("terendah");
    await expect(row("IKG")).toContainText("0,571 (2023)");
    await expect(row("IKG")).toContainText("Stagnan");
    await expect(row("IKG")).toContainText("12 dari 13");
    await expect(page.getByTestId("data-strip")).toContainText("Sudah dirilis BPS, belum dimuat: IPM 2025, IKG 2024");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("cards: status, change, bar and sentence agree; nothing moving away or without data after the baseline is drawn as a bar", async ({
    page,
  }) => {
    await page.goto("/");
    const card = (code: string) => page.locator(`li.card[data-indicator="${code}"]`);
    await expect(card("IPM").getByTestId("latest-value")).toContainText("72,42");
    await expect(card("IPM").getByTestId("target-value")).toHaveText("75,37");
    await expect(card("IPM")).toContainText(
      "Baseline RPJMD 70,61 (tertulis 2023; sama dengan nilai BPS 2024, metode lama, dilanjutkan)",
    );
    await expect(card("IPM").getByTestId("progress-note")).toHaveText("Belum ada data setelah baseline");
    await expect(card("IPM")).not.toContainText("0% ditempuh");
    await expect(card("IKG").getByTestId("change")).toHaveText(
      "Turun 0,026 dari 2022 ke 2023, tetapi laju 2018–2023 hampir datar",
    );
    await expect(card("IKG")).toContainText("Stagnan");
    await expect(card("IKG")).toContainText("Baseline RPJMD 0,551 (2023; nilai BPS 2023: 0,571)");
    await expect(page.getByRole("progressbar")).toHaveCount(0);
    await expect(card("IPG").getByTestId("target-value")).toHaveText("belum ditetapkan");
    await expect(card("IDG").getByTestId("latest-value")).toContainText("75,95");
    await expect(card("IKG")).toContainText("Sumber: BPS");
  });

  test("English at /en is English throughout, in English number format", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: "Where we stand for 2029" })).toBeVisible();
    await expect(page.getByTestId("scorecard-sentence")).toHaveText(
      "0 of the 2 targets for 2029 on track (IPM needs acceleration and IKG stalled). IPG lowest in Provinsi Kalimantan Selatan (13 of 13); IPM 11 of 13; IKG 12 of 13. IPG and IDG have no 2029 target yet.",
    );
    await expect(page.locator('li.card[data-indicator="IPM"]').getByTestId("target-value")).toHaveText("75.37");
    await expect(page.locator('li.card[data-indicator="IKG"]').getByTestId("target-value")).toHaveText("0.450");
    await expect(page.locator('li.card[data-indicator="IPG"]').getByTestId("target-value")).toHaveText("not set");
    const text = await page.locator("main").innerText();
    for (const word of ["Repositori", "dari Makalah", "belum", "perlu naik", "Sumber"]) expect(text, word).not.toContain(word);
    await expectNoAxeViolations(page);
  });

  test("'Cetak ringkasan' prints the scorecard on one A4 page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Cetak ringkasan" })).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBe(1);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("scorecard")).toBeVisible();
    await expect(page.getByRole("button", { name: "Cetak ringkasan" })).toBeHidden();
    await expect(page.locator(".cards")).toBeHidden();
  });
});
