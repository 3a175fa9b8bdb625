/**
 * What the Word report holds, as plain data. A page model fills it; the writer (./write-report)
 * only places it. Every figure in it is text already formatted in the report's language
 * (lib/format/number), so the writer never rounds or computes a number; the only numbers it works
 * out are sizes on the page. Fixed words the writer places itself (the "Gambar"/"Tabel" of a
 * caption) come in `words`, from lib/i18n.
 */
import type { Lang } from "@/lib/i18n/lang";

/** A piece of a paragraph. A `footnote` is placed right after the run: a figure's source where the figure first appears. */
export interface ReportRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  footnote?: string;
}

/** A paragraph's text: plain, or runs. */
export type ReportText = string | readonly ReportRun[];

/** A label and its text, e.g. { label: "Wilayah", value: "Kabupaten Kotabaru" }. */
export interface ReportFact {
  label: string;
  value: string;
}

export interface ReportTable {
  /** Without its number: the writer writes "Tabel 1. " before it, above the table. */
  caption: ReportText;
  header: readonly string[];
  /** Each row has one cell per header cell. */
  rows: readonly (readonly string[])[];
  /** Relative column widths, e.g. [3, 2, 2]; from the texts' lengths when absent. */
  widths?: readonly number[];
  /** Per column: "end" for numbers (right-aligned), "start" otherwise (the default). */
  align?: readonly ("start" | "end")[];
}

/** A chart as a picture: PNG from lib/export/rasterise, drawn for `widthCm` at 300 dpi. */
export interface ReportFigure {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** Printed width; at most the text width (16 cm on A4 with 2.5 cm margins). */
  widthCm: number;
  /** Alt text: a short title (the chart's title) and a description (what it shows, its numbers). */
  alt: { title: string; description: string };
  /** Without its number: the writer writes "Gambar 1. " before it, below the picture. */
  caption: ReportText;
}

export type ReportBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: ReportText }
  | { kind: "bullets"; items: readonly ReportText[] }
  | { kind: "figure"; figure: ReportFigure }
  | { kind: "table"; table: ReportTable };

/** A Heading 1 and what follows it (a "heading" block is a Heading 2). */
export interface ReportSection {
  heading: string;
  blocks: readonly ReportBlock[];
}

export interface ReportSource {
  text: string;
  /** Shown after the text as a plain hyperlink. */
  url?: string;
}

export interface ReportModel {
  lang: Lang;
  /** Words the writer places itself, from lib/i18n: "Gambar"/"Figure", "Tabel"/"Table". */
  words: { figure: string; table: string };
  /** The document's author in its properties, e.g. "Dasbor PUG Kotabaru". */
  creator: string;
  titleBlock: {
    /** The document's title (Title style, and its title in File › Properties). */
    title: string;
    region: ReportFact;
    date: ReportFact;
    /** e.g. label "Data sampai", facts [{ label: "IPM", value: "2024" }, …]: the latest year of each index. */
    dataAsOf: { label: string; facts: readonly ReportFact[] };
    /** The dashboard's address, written as a plain hyperlink. */
    address: { label: string; url: string };
  };
  /** "Posisi menuju 2029": a Heading 1, an optional lead paragraph, the table. */
  scorecard: { heading: string; lead?: ReportText; table: ReportTable };
  sections: readonly ReportSection[];
  /** Every source, at the end under its own Heading 1. */
  sources: { heading: string; items: readonly ReportSource[] };
}
