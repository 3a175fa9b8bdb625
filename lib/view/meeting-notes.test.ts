import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { miniDataset } from "@/lib/data/test-fixture";
import { meetingNotes } from "./meeting-notes";
import { layoutNotes, writeNotesPdf } from "@/lib/export/pdf";
import { toSiteData } from "./site";

const site = toSiteData(miniDataset(), { year: 2026, month: 11, day: 30 });

describe("meeting notes", () => {
  it("what to confirm (both baselines, with their steps), the method changes, the data to load", () => {
    const m = meetingNotes(site, "id");
    assert.equal(m.title, "Catatan data untuk rapat: Kabupaten Kotabaru");
    assert.equal(m.file, "catatan-data-rapat-kotabaru.pdf");
    assert.deepEqual(
      m.sections.map((s) => s.heading),
      ["Perlu dikonfirmasi", "Perubahan metode BPS", "Data yang perlu dimuat"],
    );
    const confirm = m.sections[0]!.items;
    assert.deepEqual(
      confirm.map((i) => i.lead),
      ["Baseline IPM: metode lama atau metode baru?", "Baseline IKG: 0,551 atau 0,571?"],
    );
    assert.ok(confirm[1]!.lines.at(-1)!.startsWith("Langkah berikutnya: Minta BAPPERIDA dan BPS Kotabaru"));
    assert.ok(m.sections[2]!.items.some((i) => i.lines[0]!.startsWith("IPM 2025 sudah dirilis BPS")));
  });

  it("is one A4 page in the PDF, at a readable size", async () => {
    const m = meetingNotes(site, "en");
    const pdf = await PDFDocument.load(await writeNotesPdf(m, "en"));
    assert.equal(pdf.getPageCount(), 1);
    assert.deepEqual(pdf.getPage(0).getSize(), { width: 595.28, height: 841.89 });
    assert.equal(pdf.getTitle(), "Data notes for a meeting: Kabupaten Kotabaru");
    const doc = await PDFDocument.create();
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
    };
    const layout = layoutNotes(m, fonts);
    assert.equal(layout.fits, true);
    assert.ok(layout.size >= 8, `set at ${layout.size} pt`);
    // Characters the standard fonts lack are written plainly, never dropped: "−0.0202" becomes "-0.0202".
    assert.ok(layout.placed.some((p) => p.text.includes("-0.0202")));
  });
});
