import { expect, test } from "@playwright/test";

const URLS = [
  "/",
  "/en/indikator/ikg",
  "/perbandingan/ipm/2024",
  "/presentasi",
  "/unduh/data/observations.csv",
  "/unduh/presentasi/dasbor-pug-id.pptx",
  "/indikator/tidak-ada",
  "/icon.svg",
];

test.describe("served site", () => {
  for (const url of URLS) {
    test(`security headers on ${url}`, async ({ request }) => {
      const r = await request.get(url);
      const h = r.headers();
      const csp = h["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["permissions-policy"]).toContain("camera=()");
      expect(h["x-powered-by"]).toBeUndefined();
    });
  }

  test("static chunks carry the headers too", async ({ page, request }) => {
    await page.goto("/");
    const src = await page.locator("script[src]").first().getAttribute("src");
    const r = await request.get(src!);
    expect(r.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("there is no write endpoint: POST, PUT and DELETE are refused everywhere", async ({ request }) => {
    for (const url of [
      "/",
      "/unduh/data/observations.csv",
      "/unduh/presentasi/dasbor-pug-id.pptx",
      "/indikator/ikg",
      "/api/anything",
    ]) {
      for (const method of ["post", "put", "delete"] as const) {
        const r = await request[method](url, { data: "region,indicator\n6302,IKG", failOnStatusCode: false });
        expect(r.status(), `${method.toUpperCase()} ${url}`).toBe(405);
        expect(r.headers()["allow"]).toBe("GET, HEAD");
      }
    }
  });

  test("odd parameters get a helpful page, never a stack trace or a file path", async ({ page }) => {
    for (const url of [
      "/indikator/%2e%2e%2fetc",
      "/indikator/ikg%00",
      "/perbandingan/ikg/99999",
      "/perbandingan/ikg/-1",
      "/indikator/ikg?wilayah=<script>alert(1)</script>&skenario=1e999",
      "/presentasi?slide=-3",
    ]) {
      const r = await page.goto(url);
      expect(r?.status(), url).toBeLessThan(500);
      const html = await page.content();
      // No stack frame ("at fn (file:line:col)"), no server file path.
      expect(html, url).not.toMatch(/\bat \S+ \([^)]*:\d+:\d+\)|\/work\/|node_modules\/|\.next\/server/);
      if (r?.status() === 400) await expect(page.locator("body")).toContainText("invalid address");
      else await expect(page.locator("h1, [data-testid=slide-counter]").first()).toBeVisible();
    }
  });

  test("the pages run under the Content-Security-Policy without violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    for (const url of ["/indikator/ikg", "/perbandingan/ipg/2023", "/presentasi"]) {
      await page.goto(url);
      await page.locator("svg.chart-surface").first().waitFor({ state: "attached" });
    }
    // Exporting a picture uses blob: and data: images.
    await page.goto("/indikator/ikg");
    await page.locator("#grafik-tren svg.chart-surface").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#grafik-tren").getByRole("button", { name: "PNG" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(violations).toEqual([]);
  });
});
