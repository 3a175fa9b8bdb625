/**
 * PowerPoint files with native, editable charts (PowerPoint's own line and bar charts with their data
 * sheet, not pictures), so planners can restyle them and paste them into their own slides. The
 * writer knows slides, tables, charts and bullets, not indices: lib/view/deck-file turns the meeting
 * deck into a Presentation, already worded, numbers already rounded to what is shown.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import PptxGenJS from "pptxgenjs";
import { excelNumberFormat } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";

const W = 13.333; // LAYOUT_WIDE, inches
const H = 7.5;
const FONT = "Calibri";

/** Colours as #RRGGBB, the form every chart of the dashboard uses. */
export interface PptxPalette {
  ink: string;
  muted: string;
  grid: string;
  border: string;
  headFill: string;
}

export interface PptxCell {
  text: string;
  bold?: boolean;
  color?: string;
  align?: "left" | "right";
}

export interface PptxLineSeries {
  name: string;
  values: (number | null)[];
  color: string;
  dash: "solid" | "dash" | "sysDot";
  /** Published values that must not be joined: markers without a line. */
  markersOnly: boolean;
}

export interface PptxBarSeries {
  name: string;
  values: (number | null)[];
  color: string;
}

interface SlideBase {
  /** A small line above the title ("IKG · Indeks Ketimpangan Gender"), or null. */
  kicker: string | null;
  title: string;
  /** Largest font size of the title, in points; smaller when the title would not fit its box. */
  titleMax: number;
  /** What the presenter says, in PowerPoint's speaker notes. */
  notes: string[];
  footer: string;
}

export type PptxSlide = SlideBase &
  (
    | { layout: "table"; sentence: string; head: string[]; rows: PptxCell[][]; columnWidths: number[] }
    | {
        layout: "line-chart";
        status: PptxCell;
        categories: string[];
        series: PptxLineSeries[];
        decimals: number;
        /** Whether a data line has a missing year inside it: blanks then stay gaps, never joined. */
        gaps: boolean;
        lead: string;
      }
    | {
        layout: "bar-chart";
        lead: string;
        heading: string;
        categories: string[];
        series: PptxBarSeries[];
        decimals: number;
        axisTitle: string;
      }
    | { layout: "bullets"; items: { text: string; sub: string | null; color: string }[]; fontSize: number }
  );

export interface Presentation {
  lang: Lang;
  title: string;
  company: string;
  palette: PptxPalette;
  slides: PptxSlide[];
}

const hex = (c: string) => c.replace("#", "").toUpperCase();

function footer(slide: PptxGenJS.Slide, text: string, n: number, count: number, muted: string) {
  const common = { y: H - 0.55, h: 0.35, fontFace: FONT, fontSize: 11, color: hex(muted) };
  slide.addText(text, { ...common, x: 0.5, w: W - 1.8 });
  slide.addText(`${n} / ${count}`, { ...common, x: W - 1.2, w: 0.8, align: "right" });
}

/**
 * The largest font size (points) at which a title fits its box, from Calibri bold's average glyph
 * width (about 0.55 em) and a 1.2 line height; PowerPoint has no fit-on-open that LibreOffice honours.
 */
export function titleFontSize(text: string, box: { w: number; h: number }, max: number, min = 14): number {
  for (let pt = max; pt > min; pt--) {
    const perLine = Math.floor((box.w * 72) / (pt * 0.55));
    const lines = text.split(" ").reduce(
      (acc, word) => {
        const line = acc.at(-1)!;
        if (line.length === 0) acc[acc.length - 1] = word;
        else if (line.length + 1 + word.length <= perLine) acc[acc.length - 1] = `${line} ${word}`;
        else acc.push(word);
        return acc;
      },
      [""],
    ).length;
    if (lines * pt * 1.2 <= box.h * 72) return pt;
  }
  return min;
}

/** Kicker and title; returns where the body may start (inches from the top). */
function addHeading(slide: PptxGenJS.Slide, s: PptxSlide, p: PptxPalette): number {
  if (s.kicker) {
    slide.addText(s.kicker, { x: 0.5, y: 0.3, w: W - 1, h: 0.35, fontFace: FONT, fontSize: 14, color: hex(p.muted) });
  }
  const y = s.kicker ? 0.65 : 0.35;
  const box = s.kicker ? { w: W - 1, h: 0.9 } : { w: W - 1, h: 0.6 };
  slide.addText(s.title, {
    x: 0.5,
    y,
    ...box,
    fontFace: FONT,
    fontSize: titleFontSize(s.title, box, s.titleMax),
    bold: true,
    color: hex(p.ink),
    valign: "top",
    fit: "shrink",
  });
  return y + box.h;
}

type Of<L extends PptxSlide["layout"]> = Extract<PptxSlide, { layout: L }>;

function addLineChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, s: Of<"line-chart">, p: PptxPalette) {
  slide.addText(s.status.text, {
    x: 0.5,
    y: 1.55,
    w: 6,
    h: 0.4,
    fontFace: FONT,
    fontSize: 16,
    bold: true,
    color: hex(s.status.color ?? p.ink),
  });
  // One line "type" per series, so each keeps its own colour and dash (PowerPoint combo chart).
  slide.addChart(
    s.series.map((sr) => ({
      type: pptx.ChartType.line,
      data: [{ name: sr.name, labels: s.categories, values: sr.values }],
      options: {
        chartColors: [hex(sr.color)],
        lineDash: sr.dash,
        lineDataSymbol: "circle",
        lineDataSymbolSize: sr.markersOnly ? 8 : 6,
        lineSize: sr.markersOnly ? 0 : 2,
      },
    })) as PptxGenJS.IChartMulti[],
    {
      x: 0.5,
      y: 2.0,
      w: W - 1,
      h: 3.6,
      showLegend: true,
      legendPos: "t",
      legendFontSize: 11,
      legendFontFace: FONT,
      catAxisLabelFontSize: 11,
      valAxisLabelFontSize: 11,
      valAxisLabelFormatCode: excelNumberFormat(s.decimals),
      displayBlanksAs: s.gaps ? "gap" : "span",
      valGridLine: { color: hex(p.grid), size: 1 },
      catGridLine: { style: "none" },
      showTitle: false,
      // pptxgenjs takes a combo chart's options in the data position (its typings say otherwise).
    } as PptxGenJS.IChartOpts as unknown as unknown[],
  );
  slide.addText(s.lead, { x: 0.5, y: 5.7, w: W - 1, h: 1.1, fontFace: FONT, fontSize: 15, color: hex(p.ink), valign: "top" });
}

/** Excel number format with a sign: +0,25 / −1,10 in the reader's own decimal mark. */
function signedFormat(decimals: number): string {
  const f = excelNumberFormat(decimals);
  return `+${f};-${f};${f}`;
}

function addBarChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, s: Of<"bar-chart">, p: PptxPalette) {
  const ink = hex(p.ink);
  slide.addText(s.lead, { x: 0.5, y: 1.55, w: W - 1, h: 0.5, fontFace: FONT, fontSize: 15, color: ink });
  slide.addText(s.heading, { x: 0.5, y: 2.05, w: W - 1, h: 0.35, fontFace: FONT, fontSize: 13, color: hex(p.muted) });
  if (s.series.length === 0) return;
  slide.addChart(
    pptx.ChartType.bar,
    s.series.map((sr) => ({ name: sr.name, labels: s.categories, values: sr.values })),
    {
      x: 0.5,
      y: 2.4,
      w: W - 1,
      h: 4.4,
      barDir: "bar",
      // Clustered with full overlap: one bar per row, and labels may sit outside it (a stacked
      // chart forbids outEnd, and PowerPoint repairs a file that uses it).
      barGrouping: "clustered",
      overlap: 100,
      barGapWidthPct: 40,
      chartColors: s.series.map((sr) => hex(sr.color)),
      // Labels outside the bars in ink on white: contrast above 4.5:1 whatever the bar's colour.
      showValue: true,
      dataLabelPosition: "outEnd",
      dataLabelColor: ink,
      dataLabelFontSize: 12,
      dataLabelFormatCode: signedFormat(s.decimals),
      catAxisLabelFontSize: 11,
      catAxisLabelPos: "low",
      valAxisLabelFontSize: 10,
      valAxisLabelFormatCode: signedFormat(s.decimals),
      showValAxisTitle: true,
      valAxisTitle: s.axisTitle,
      valAxisTitleFontSize: 11,
      showLegend: false,
      valGridLine: { color: hex(p.grid), size: 1 },
    } as PptxGenJS.IChartOpts,
  );
}

function addTable(slide: PptxGenJS.Slide, s: Of<"table">, p: PptxPalette) {
  const ink = hex(p.ink);
  slide.addText(s.sentence, {
    x: 0.5,
    y: 1.0,
    w: W - 1,
    h: 1.1,
    fontFace: FONT,
    fontSize: 18,
    bold: true,
    color: ink,
    valign: "top",
  });
  const head = s.head.map((text) => ({ text, options: { bold: true, fill: { color: hex(p.headFill) }, color: ink } }));
  const rows = s.rows.map((r) =>
    r.map((c) => ({ text: c.text, options: { bold: c.bold, align: c.align, color: c.color ? hex(c.color) : undefined } })),
  );
  slide.addTable([head, ...rows], {
    x: 0.5,
    y: 2.2,
    w: W - 1,
    colW: s.columnWidths,
    fontFace: FONT,
    fontSize: 15,
    color: ink,
    border: { type: "solid", color: hex(p.border), pt: 1 },
    valign: "middle",
  });
}

function addBullets(slide: PptxGenJS.Slide, s: Of<"bullets">) {
  slide.addText(
    s.items.flatMap((item) => [
      { text: item.text, options: { bullet: true, color: hex(item.color), bold: item.sub !== null, breakLine: true } },
      ...(item.sub ? [{ text: item.sub, options: { breakLine: true, indentLevel: 1, color: hex(item.color) } }] : []),
    ]),
    {
      x: 0.5,
      y: 1.1,
      w: W - 1,
      h: 5.4,
      fontFace: FONT,
      fontSize: s.fontSize,
      valign: "top",
      paraSpaceAfter: s.fontSize >= 16 ? 8 : 3,
    },
  );
}

function addSlide(pptx: PptxGenJS, s: PptxSlide, n: number, count: number, p: PptxPalette) {
  const slide = pptx.addSlide();
  addHeading(slide, s, p);
  if (s.layout === "line-chart") addLineChart(pptx, slide, s, p);
  else if (s.layout === "bar-chart") addBarChart(pptx, slide, s, p);
  else if (s.layout === "table") addTable(slide, s, p);
  else addBullets(slide, s);
  footer(slide, s.footer, n, count, p.muted);
  slide.addNotes(s.notes.join("\n\n"));
}

export async function writePptx(p: Presentation): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = p.title;
  pptx.company = p.company;
  p.slides.forEach((s, i) => addSlide(pptx, s, i + 1, p.slides.length, p.palette));
  const file = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return withLanguage(file, p.lang);
}

/** The language tag of the text, so PowerPoint spell-checks an Indonesian deck in Indonesian. */
export const PPTX_LANGUAGE: Record<Lang, string> = { id: "id-ID", en: "en-US" };

/**
 * pptxgenjs writes lang="en-US" on every run, paragraph end and chart; a per-run option misses the
 * chart and table parts, so the finished file's XML is retagged instead.
 */
export function withLanguage(file: Uint8Array, lang: Lang): Uint8Array {
  const tag = PPTX_LANGUAGE[lang];
  if (tag === "en-US") return file;
  const parts = unzipSync(file);
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.endsWith(".xml")) continue;
    const xml = strFromU8(bytes);
    let tagged = xml.replace(/(\slang=)"en-US"/g, `$1"${tag}"`).replace(/<c:lang val="en-US"\/>/g, `<c:lang val="${tag}"/>`);
    // A chart without a language of its own takes the editor's; c:lang follows c:date1904 (ECMA-376 21.2.2.29).
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name) && !tagged.includes("<c:lang ")) {
      tagged = tagged.replace(/(<c:date1904 val="\d"\/>)/, `$1<c:lang val="${tag}"/>`);
    }
    if (tagged !== xml) parts[name] = strToU8(tagged);
  }
  return zipSync(parts);
}
