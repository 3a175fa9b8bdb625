/**
 * The report as a real office program reads it: LibreOffice Writer converts the .docx to PDF, and
 * the PDF's text must carry the scorecard's numbers, the captions and the footnotes. Skipped, with
 * the reason printed, where LibreOffice or poppler's pdftotext is not installed
 * (apt-get install libreoffice-writer poppler-utils).
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { rasteriseSvg } from "@/lib/export/rasterise";
import type { Lang } from "@/lib/i18n/lang";
import { fixtureReport, type PictureOf } from "./fixture";
import { writeReport } from "./write-report";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const missing = ["soffice", "pdftotext", "pdfinfo"].filter((c) => !has(c));

async function pictures(): Promise<PictureOf> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300"><rect x="20" y="20" width="600" height="260" fill="#e6eaef"/></svg>`;
  const image = await rasteriseSvg(svg, { widthCm: 16 });
  return () => ({ ...image, widthCm: 16 });
}

/**
 * Both reports converted by one LibreOffice start (it takes seconds), in their own folder and
 * profile so parallel runs do not meet: each PDF's text and page size.
 */
async function convertBoth(): Promise<Record<Lang, { text: string; info: string }>> {
  const dir = mkdtempSync(path.join(tmpdir(), "laporan-word-"));
  try {
    const langs = ["id", "en"] as const;
    const docx = (lang: Lang) => path.join(dir, `laporan-${lang}.docx`);
    for (const lang of langs) writeFileSync(docx(lang), await writeReport(fixtureReport(lang, await pictures())));
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, ...langs.map(docx)], {
      stdio: "pipe",
      timeout: 300_000,
      env: { ...process.env, LANG: "id_ID.UTF-8" },
    });
    const read = (lang: Lang) => {
      const pdf = docx(lang).replace(/\.docx$/, ".pdf");
      return {
        text: execFileSync("pdftotext", ["-layout", pdf, "-"]).toString(),
        info: execFileSync("pdfinfo", [pdf]).toString(),
      };
    };
    return { id: read("id"), en: read("en") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let converted: Promise<Record<Lang, { text: string; info: string }>> | null = null;
const pdf = (lang: Lang) => (converted ??= convertBoth()).then((both) => both[lang]);

describe("writeReport, opened by LibreOffice Writer", () => {
  it("Indonesian: the PDF carries the scorecard's numbers, the captions and the footnotes, on A4", async (t) => {
    if (missing.length) return t.skip(`${missing.join(", ")} not installed (apt-get install libreoffice-writer poppler-utils)`);
    const { text, info } = await pdf("id");
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // The scorecard row of IKG, cell by cell, as the model has it.
    assert.match(text, /IKG\s+0,571\s+2023\s+0,450\s+0,121\s+Menjauh\s+12 dari 13/);
    assert.match(text, /IPM\s+70,61\s+2024\s+75,37\s+2,79/);
    assert.match(text, /Tabel 1\. Posisi menuju 2029, Kabupaten Kotabaru/);
    assert.match(text, /Gambar 1\. Tren IPM Kabupaten Kotabaru dan target 2029/);
    assert.match(text, /Gambar 12\. IKG Kotabaru di antara 514 kabupaten\/kota/);
    assert.match(text, /BPS, Indeks Ketimpangan Gender menurut kabupaten\/kota, 2018–2023\./);
  });

  it("English: numbers with a decimal point, Figure and Table", async (t) => {
    if (missing.length) return t.skip(`${missing.join(", ")} not installed (apt-get install libreoffice-writer poppler-utils)`);
    const { text } = await pdf("en");
    assert.match(text, /IKG\s+0\.571\s+2023\s+0\.450\s+0\.121\s+Moving away\s+12 of 13/);
    assert.match(text, /Table 1\. Position toward 2029, Kotabaru Regency/);
    assert.match(text, /Figure 12\. Kotabaru's IKG among 514 regencies and cities/);
  });
});
