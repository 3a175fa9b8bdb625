import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchConsole } from "./helpers";

test.describe("overview /", () => {
  test("shows the four indicators of the focus region with the figures a planner checks", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/");
    await expect(page).toHaveTitle(/Ringkasan/);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kabupaten Kotabaru");

    const card = (code: string) => page.locator(`li.card[data-indicator="${code}"]`);
    // IPM: RPJMD target 75,37, latest 70,61 (2024) in the old-method series the target was set on.
    await expect(card("IPM").getByTestId("target-value")).toHaveText("75,37");
    await expect(card("IPM").getByTestId("latest-value")).toContainText("70,61");
    await expect(card("IPM").getByTestId("latest-value")).toContainText("2024");
    await expect(card("IPM")).toContainText("Perlu percepatan");
    // IKG: target 0,450; BPS 2023 = 0,571; the paper's 0,551 shown as another published value.
    await expect(card("IKG").getByTestId("target-value")).toHaveText("0,450");
    await expect(card("IKG").getByTestId("latest-value")).toContainText("0,571");
    await expect(card("IKG")).toContainText("0,551");
    await expect(card("IKG")).toContainText("Stagnan");
    // IPG and IDG: no published target.
    await expect(card("IPG").getByTestId("target-value")).toHaveText("Target belum ditetapkan");
    await expect(card("IDG").getByTestId("target-value")).toHaveText("Target belum ditetapkan");
    await expect(card("IPG").getByTestId("latest-value")).toContainText("85,05");
    await expect(card("IDG").getByTestId("latest-value")).toContainText("75,95");
    // Sources are named on the card.
    await expect(card("IKG")).toContainText("Sumber: BPS");

    await expect(page.getByTestId("narrative")).toContainText("diperlukan penurunan 0,0202 poin per tahun");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("English at /en uses English number format", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator('li.card[data-indicator="IPM"]').getByTestId("target-value")).toHaveText("75.37");
    await expect(page.locator('li.card[data-indicator="IKG"]').getByTestId("target-value")).toHaveText("0.450");
    await expect(page.locator('li.card[data-indicator="IPG"]').getByTestId("target-value")).toHaveText("Target not yet set");
    await expectNoAxeViolations(page);
  });
});
