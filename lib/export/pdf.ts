/**
 * A one-page A4 PDF of notes (the meeting notes) (pdf-lib, the PDF standard fonts: nothing to embed). Text is
 * wrapped to the page and, if the notes run long, set a little smaller until they fit on one page.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import type { Lang } from "@/lib/i18n/lang";

/** A one-page document of headed sections, each a list of items with an optional bold lead. */
export interface NotesDocument {
  title: string;
  subtitle: string;
  sections: { heading: string; items: { lead: string; lines: string[] }[] }[];
  footer: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40; // 14 mm
const INK = rgb(0.106, 0.122, 0.141);
const MUTED = rgb(0.341, 0.376, 0.416);
const LOCALE: Record<Lang, string> = { id: "id-ID", en: "en-GB" };

/** Characters the standard fonts (WinAnsi) cannot show, written the way a typist would. */
const PLAIN: Record<string, string> = { "−": "-", "→": "->", "←": "<-", "≥": ">=", "≤": "<=", "≠": "!=" };

function plain(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      const mapped = PLAIN[ch] ?? ch;
      try {
        font.widthOfTextAtSize(mapped, 10);
        return mapped;
      } catch {
        return "?";
      }
    })
    .join("");
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Run {
  text: string;
  bold: boolean;
  size: number;
  color: typeof INK;
  /** Space before the run, in points. */
  before: number;
  indent: number;
}

function runs(m: NotesDocument, size: number): Run[] {
  const out: Run[] = [
    { text: m.title, bold: true, size: size + 5, color: INK, before: 0, indent: 0 },
    { text: m.subtitle, bold: false, size: size - 0.5, color: MUTED, before: 2, indent: 0 },
  ];
  for (const section of m.sections) {
    out.push({ text: section.heading, bold: true, size: size + 2, color: INK, before: size * 1.2, indent: 0 });
    for (const item of section.items) {
      if (item.lead) out.push({ text: item.lead, bold: true, size, color: INK, before: size * 0.6, indent: 0 });
      for (const line of item.lines)
        out.push({ text: line, bold: false, size, color: INK, before: 2, indent: item.lead ? 10 : 0 });
    }
  }
  out.push({ text: m.footer, bold: false, size: size - 1, color: MUTED, before: size, indent: 0 });
  return out;
}

/** The notes laid out at the largest size (10 pt down to 7 pt) at which they fit on one page. */
export function layoutNotes(m: NotesDocument, fonts: { regular: PDFFont; bold: PDFFont }) {
  const width = A4[0] - 2 * MARGIN;
  for (let size = 10; size >= 7; size -= 0.5) {
    const placed: { text: string; x: number; y: number; size: number; bold: boolean; color: typeof INK }[] = [];
    let y = A4[1] - MARGIN;
    for (const r of runs(m, size)) {
      const font = r.bold ? fonts.bold : fonts.regular;
      y -= r.before;
      for (const line of wrap(font, plain(font, r.text), r.size, width - r.indent)) {
        y -= r.size * 1.25;
        placed.push({ text: line, x: MARGIN + r.indent, y, size: r.size, bold: r.bold, color: r.color });
      }
    }
    if (y >= MARGIN || size === 7) return { placed, size, fits: y >= MARGIN };
  }
  throw new Error("unreachable");
}

export async function writeNotesPdf(m: NotesDocument, lang: Lang): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(m.title);
  doc.setAuthor("Dasbor PUG");
  doc.setLanguage(LOCALE[lang]);
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const page = doc.addPage(A4);
  for (const p of layoutNotes(m, fonts).placed) {
    page.drawText(p.text, { x: p.x, y: p.y, size: p.size, font: p.bold ? fonts.bold : fonts.regular, color: p.color });
  }
  return doc.save();
}
