import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchConsole } from "./helpers";
import { PAGES, localized } from "./pages";

// Every page, both languages: renders, has its charts drawn, no console errors, no axe violations.
for (const lang of ["id", "en"] as const) {
  for (const p of PAGES) {
    const url = localized(lang, p.path);
    test(`${url} renders with its charts and passes axe`, async ({ page }) => {
      const errors = watchConsole(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.h1);
      const surfaces = page.locator("figure.chart svg.chart-surface");
      if (p.charts > 0) await expect(surfaces.first()).toBeVisible();
      await expect(surfaces).toHaveCount(p.charts);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }
}

test("unknown indicator gets a helpful 404 in the page's language", async ({ page }) => {
  const r = await page.goto("/indikator/xyz");
  expect(r?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expect(page.locator("#isi").getByRole("link", { name: "IKG" })).toBeVisible();
  const en = await page.goto("/en/indikator/xyz");
  expect(en?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("unknown year or indicator on the comparison page is a 404, not a crash", async ({ page }) => {
  expect((await page.goto("/perbandingan/ikg/1999"))?.status()).toBe(404);
  expect((await page.goto("/perbandingan/abc/2023"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
});

test("an address that matches nothing gets the bilingual not-found page", async ({ page }) => {
  const r = await page.goto("/tidak-ada/sama-sekali");
  expect(r?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});
