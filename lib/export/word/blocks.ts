/**
 * The report's pieces as docx paragraphs and tables: text runs (each tagged with the report's
 * language, with its footnote after it), figures with their numbered caption below, tables with
 * their numbered caption above and a header row that repeats on every page. Numbers of captions and
 * footnotes follow the order of the document, counted in one Build.
 */
import {
  AlignmentType,
  ExternalHyperlink,
  FootnoteReferenceRun,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { pngSize } from "@/lib/export/png";
import type { ReportFigure, ReportModel, ReportRun, ReportTable, ReportText } from "./report-model";
import { TABLE_STYLE, TEXT_WIDTH, TEXT_WIDTH_CM } from "./styles";

/** What is counted while the document is built, in document order. */
export interface Build {
  /** Language tag of every run, e.g. "id-ID". */
  tag: string;
  words: ReportModel["words"];
  footnotes: Record<number, { children: Paragraph[] }>;
  count: { footnote: number; figure: number; table: number };
}

export function newBuild(tag: string, words: ReportModel["words"]): Build {
  return { tag, words, footnotes: {}, count: { footnote: 0, figure: 0, table: 0 } };
}

/** One text run in the report's language. */
export function textRun(
  b: Build,
  text: string,
  format: { bold?: boolean; italic?: boolean; style?: string; halfPoints?: number } = {},
): TextRun {
  const { bold, italic, style, halfPoints } = format;
  return new TextRun({ text, bold, italics: italic, style, size: halfPoints, language: { value: b.tag } });
}

/** A footnote with the next number; returns its reference. */
function footnote(b: Build, text: string): FootnoteReferenceRun {
  const id = ++b.count.footnote;
  b.footnotes[id] = { children: [new Paragraph({ style: "FootnoteText", children: [textRun(b, text)] })] };
  return new FootnoteReferenceRun(id);
}

/** The runs of a text, each followed by its footnote reference if it has one. */
export function runs(b: Build, text: ReportText, format: { bold?: boolean } = {}): ParagraphChild[] {
  const list: readonly ReportRun[] = typeof text === "string" ? [{ text }] : text;
  return list.flatMap((r) => {
    const run = textRun(b, r.text, { bold: r.bold ?? format.bold, italic: r.italic });
    return r.footnote ? [run, footnote(b, r.footnote)] : [run];
  });
}

/** A plain hyperlink (no field): the address as its own text. */
export function link(b: Build, url: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [textRun(b, url, { style: "Hyperlink" })] });
}

export function paragraph(b: Build, text: ReportText): Paragraph {
  return new Paragraph({ children: runs(b, text) });
}

export function bullets(b: Build, items: readonly ReportText[]): Paragraph[] {
  return items.map((item) => new Paragraph({ style: "ListParagraph", bullet: { level: 0 }, children: runs(b, item) }));
}

function caption(b: Build, word: string, n: number, text: ReportText, above: boolean): Paragraph {
  return new Paragraph({
    style: "Caption",
    keepNext: above,
    // Above a table: close to it. Below a picture: the style's space after it, before the text goes on.
    spacing: above ? { before: 240, after: 60 } : undefined,
    children: [textRun(b, `${word} ${n}. `), ...runs(b, text)],
  });
}

const CM_PER_INCH = 2.54;
/** docx sizes pictures in pixels at 96 to the inch (it writes them as EMUs, 9525 to a pixel). */
const LAYOUT_PX_PER_INCH = 96;

/** A picture at its printed width, centred, kept on the page of its caption, which follows it. */
export function figure(b: Build, f: ReportFigure): Paragraph[] {
  const actual = pngSize(f.png);
  if (actual.widthPx !== f.widthPx || actual.heightPx !== f.heightPx)
    throw new Error(
      `figure "${f.alt.title}": the PNG is ${actual.widthPx}×${actual.heightPx} px, not ${f.widthPx}×${f.heightPx}`,
    );
  if (!(f.widthCm > 0 && f.widthCm <= TEXT_WIDTH_CM))
    throw new Error(`figure "${f.alt.title}": ${f.widthCm} cm does not fit the ${TEXT_WIDTH_CM} cm text width`);
  const n = ++b.count.figure;
  const width = (f.widthCm / CM_PER_INCH) * LAYOUT_PX_PER_INCH;
  const picture = new ImageRun({
    type: "png",
    data: f.png,
    transformation: { width, height: (width * f.heightPx) / f.widthPx },
    altText: { name: `${b.words.figure} ${n}`, title: f.alt.title, description: f.alt.description },
    run: { language: { value: b.tag } },
  });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 }, children: [picture] }),
    caption(b, b.words.figure, n, f.caption, false),
  ];
}

/**
 * Average width of a character of bold text in a wide font, in em: DejaVu Sans Bold, LibreOffice's
 * stand-in for Calibri where Carlito is missing, averages about 0.7 em; Calibri itself about 0.5.
 */
const CHAR_EM = 0.75;
/** Word's cell margins, left and right (docx's Normal Table: 108 twips each). */
const CELL_MARGINS = 2 * 108;
/** Sizes of a table's text, in points, largest first: the first at which every column holds its longest word. */
const TABLE_POINTS = [10, 9, 8] as const;

/**
 * Column widths in twips and the text size (half-points, as Word counts) of a table, from its text:
 * each column at least as wide as its longest word, so no word breaks inside a cell, at the largest
 * size where that fits; the room left goes to the columns whose texts would otherwise wrap, in
 * proportion to how much longer their longest text is than their longest word.
 */
export function fitColumns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): { twips: number[]; halfPoints: number } {
  const columns = header.map((h, i) => {
    const texts = [h, ...rows.map((r) => r[i] ?? "")];
    const word = Math.max(...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length)));
    return { word, wish: Math.max(...texts.map((t) => t.length)) - word };
  });
  const least = (pt: number) => columns.reduce((s, c) => s + c.word * CHAR_EM * pt * 20 + CELL_MARGINS, 0);
  const pt = TABLE_POINTS.find((p) => least(p) <= TEXT_WIDTH) ?? 8;
  const mins = columns.map((c) => c.word * CHAR_EM * pt * 20 + CELL_MARGINS);
  const room = Math.max(0, TEXT_WIDTH - least(pt));
  const wishes = columns.reduce((s, c) => s + c.wish, 0);
  const twips = columnTwips(mins.map((m, i) => m + (wishes > 0 ? (room * columns[i]!.wish) / wishes : room / columns.length)));
  return { twips, halfPoints: pt * 2 };
}

/** Column widths in twips that fill the text width, in the proportions asked for. */
export function columnTwips(weights: readonly number[]): number[] {
  const total = weights.reduce((s, x) => s + x, 0);
  const twips = weights.map((x) => Math.floor((x / total) * TEXT_WIDTH));
  twips[twips.length - 1]! += TEXT_WIDTH - twips.reduce((s, x) => s + x, 0);
  return twips;
}

/** A table in Word's "Table Grid" style, its caption above it, the header row repeated on every page. */
export function table(b: Build, t: ReportTable): (Paragraph | Table)[] {
  const columns = t.header.length;
  const ragged = t.rows.findIndex((r) => r.length !== columns);
  if (ragged >= 0) throw new Error(`table row ${ragged + 1} has ${t.rows[ragged]!.length} cells for ${columns} columns`);
  const n = ++b.count.table;
  const fit = fitColumns(t.header, t.rows);
  const widths = t.widths?.length === columns ? columnTwips(t.widths) : fit.twips;
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: header ? { fill: "F2F2F2" } : undefined,
      children: [
        new Paragraph({
          alignment: t.align?.[i] === "end" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { before: 40, after: 40 },
          children: [textRun(b, text, { bold: header, halfPoints: fit.halfPoints })],
        }),
      ],
    });
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((c, i) => cell(c, i, header)) });
  return [
    caption(b, b.words.table, n, t.caption, true),
    new Table({
      style: TABLE_STYLE,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
    }),
  ];
}
