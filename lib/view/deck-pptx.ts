/**
 * The meeting deck as a PowerPoint file with native, editable charts (PowerPoint's own line and bar
 * charts with their data sheet, not pictures), so planners can restyle them and paste them into
 * their own slides. Built from the same Deck model as the on-screen presentation.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import PptxGenJS from "pptxgenjs";
import { excelNumberFormat, formatNumber } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { TrendChartProps } from "./chart-types";
import type { Deck, DeckSlide } from "./deck";

const W = 13.333; // LAYOUT_WIDE, inches
const H = 7.5;
const FONT = "Calibri";
const INK = "1B1F24";
const MUTED = "57606A";
const STATUS_COLOR: Record<string, string> = {
  achieved: "1A7F37",
  "on-track": "1A7F37",
  "needs-acceleration": "8A5A00",
  stalled: "B42318",
  "moving-away": "B42318",
  missed: "B42318",
  "no-target": "57606A",
  "insufficient-data": "57606A",
};
const hex = (c: string) => c.replace("#", "").toUpperCase();

function footer(slide: PptxGenJS.Slide, text: string, n: number, count: number) {
  slide.addText(text, { x: 0.5, y: H - 0.55, w: W - 1.8, h: 0.35, fontFace: FONT, fontSize: 11, color: MUTED });
  slide.addText(`${n} / ${count}`, {
    x: W - 1.2,
    y: H - 0.55,
    w: 0.8,
    h: 0.35,
    fontFace: FONT,
    fontSize: 11,
    color: MUTED,
    align: "right",
  });
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

/** A slide title that fits its box in either language. */
function addTitle(slide: PptxGenJS.Slide, text: string, y: number, box = { w: W - 1, h: 0.9 }, max = 24) {
  slide.addText(text, {
    x: 0.5,
    y,
    w: box.w,
    h: box.h,
    fontFace: FONT,
    fontSize: titleFontSize(text, box, max),
    bold: true,
    color: INK,
    valign: "top",
    fit: "shrink",
  });
}

function addIndicator(pptx: PptxGenJS, s: Extract<DeckSlide, { kind: "indicator" }>, n: number, count: number): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.addText(`${s.code} · ${s.name}`, { x: 0.5, y: 0.3, w: W - 1, h: 0.35, fontFace: FONT, fontSize: 14, color: MUTED });
  addTitle(slide, s.title, 0.65);
  slide.addText(s.statusLabel, {
    x: 0.5,
    y: 1.55,
    w: 6,
    h: 0.4,
    fontFace: FONT,
    fontSize: 16,
    bold: true,
    color: STATUS_COLOR[s.status] ?? INK,
  });

  const { drawn, dataHasGap } = trendChartSeries(s.trend);
  // One line "type" per series, so each keeps its own colour and dash (PowerPoint combo chart).
  slide.addChart(
    drawn.map((sr) => ({
      type: pptx.ChartType.line,
      data: [{ name: sr.name, labels: sr.labels, values: sr.values }],
      options: {
        chartColors: [sr.color],
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
      valAxisLabelFormatCode: excelNumberFormat(s.trend.decimals),
      displayBlanksAs: dataHasGap ? "gap" : "span",
      valGridLine: { color: "E6EAEF", size: 1 },
      catGridLine: { style: "none" },
      showTitle: false,
      // pptxgenjs takes a combo chart's options in the data position (its typings say otherwise).
    } as PptxGenJS.IChartOpts as unknown as unknown[],
  );
  slide.addText(s.lead, {
    x: 0.5,
    y: 5.7,
    w: W - 1,
    h: 1.1,
    fontFace: FONT,
    fontSize: 15,
    color: INK,
    valign: "top",
  });
  footer(slide, s.source, n, count);
  return slide;
}

interface ChartSeries {
  name: string;
  labels: string[];
  values: (number | null)[];
  color: string;
  dash: "solid" | "dash" | "sysDot";
  markersOnly: boolean;
}

/** The trend chart as PowerPoint line series, one per line, marker set or construction line. */
function trendChartSeries(t: TrendChartProps): { drawn: ChartSeries[]; dataHasGap: boolean } {
  const years: number[] = [];
  for (let y = t.xDomain[0]; y <= t.xDomain[1]; y++) years.push(y);
  const labels = years.map(String);
  // Rounded to the indicator's decimals, as on screen: the data sheet never shows 72.75999999999996.
  const at = (points: { year: number; value: number }[]) =>
    years.map((y) => {
      const v = points.find((p) => p.year === y)?.value;
      return v === undefined ? null : round(v, t.decimals);
    });
  const dashOf = (d: string) => (d === "" ? "solid" : d.startsWith("3") || d.startsWith("2") ? "sysDot" : "dash");
  const make = (
    name: string,
    points: { year: number; value: number }[],
    color: string,
    dash: ChartSeries["dash"],
    markersOnly = false,
  ) => ({
    name,
    labels,
    values: at(points),
    color,
    dash,
    markersOnly,
  });
  const lines = t.lines.map((l) => make(l.label, l.points, hex(l.color), dashOf(l.dash)));
  // Other published values (another source or an unstated series): markers only, never joined.
  const loose = t.loose && t.loose.points.length ? [make(t.loose.label, t.loose.points, MUTED, "solid", true)] : [];
  // The path and projection are straight lines known only at their two ends. PowerPoint joins them
  // when blanks are "spanned", which would also join a data line across a missing year, so spanning
  // is used only when no data line has such a gap; otherwise those two construction lines are left
  // out rather than filled in with invented in-between values.
  const dataHasGap = lines.some((sr) => hasInternalGap(sr.values));
  const segments = dataHasGap
    ? []
    : [
        ...(t.path ? [make(t.path.label, [t.path.from, t.path.to], MUTED, "dash")] : []),
        ...(t.projection
          ? [make(t.projection.label, [t.projection.from, t.projection.to], hex(t.projection.color), "sysDot")]
          : []),
      ];
  const target = t.target ? [make(t.target.label, [t.target], INK, "solid")] : [];
  return { drawn: [...lines, ...loose, ...segments, ...target], dataHasGap };
}

/** A missing value between two published ones (a gap inside a line). */
function hasInternalGap(values: (number | null)[]): boolean {
  const first = values.findIndex((v) => v !== null);
  const last = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  return first >= 0 && values.slice(first, last + 1).some((v) => v === null);
}

const round = (v: number, decimals: number) => Number(v.toFixed(decimals));
/** Excel number format with a sign: +0,25 / −1,10 in the reader's own decimal mark. */
const signedFormat = (decimals: number) => {
  const f = excelNumberFormat(decimals);
  return `+${f};-${f};${f}`;
};

/**
 * Each region's distance from the province, as bars from the province's value (zero): 85,05 and
 * 85,13 differ visibly, which bars from zero hide, and Indonesia is drawn beside the regions.
 */
export function differenceBars(s: Extract<DeckSlide, { kind: "rank" }>) {
  const province = s.references.find((r) => r.level === "province");
  if (!province) return null;
  const national = s.references.filter((r) => r.level === "national");
  const items = [
    ...s.bars.map((b) => ({ label: b.label, value: b.value, kind: b.focus ? ("focus" as const) : ("other" as const) })),
    ...national.map((r) => ({ label: r.label, value: r.value, kind: "national" as const })),
  ]
    .map((x) => ({ ...x, diff: round(x.value - province.value, s.decimals) }))
    // Best first, as on screen.
    .sort((x, y) => (s.direction === "lower" ? x.diff - y.diff : y.diff - x.diff));
  return { province, items };
}

/** An index's rank: bars of each region's difference from the province, its own bar in colour. */
function addRank(pptx: PptxGenJS, s: Extract<DeckSlide, { kind: "rank" }>, n: number, count: number, lang: Lang) {
  const k = dict(lang).deck;
  const slide = pptx.addSlide();
  slide.addText(`${s.code} · ${s.name}`, { x: 0.5, y: 0.3, w: W - 1, h: 0.35, fontFace: FONT, fontSize: 14, color: MUTED });
  addTitle(slide, s.title, 0.65);
  slide.addText(s.lead, { x: 0.5, y: 1.55, w: W - 1, h: 0.5, fontFace: FONT, fontSize: 15, color: INK });
  const fmt = (v: number) => formatNumber(v, lang, s.decimals);
  const chart = differenceBars(s);
  const heading = chart
    ? k.differenceTitle(chart.province.label, fmt(chart.province.value), s.year, s.direction === "lower")
    : s.chartTitle;
  slide.addText(heading, { x: 0.5, y: 2.05, w: W - 1, h: 0.35, fontFace: FONT, fontSize: 13, color: MUTED });
  if (chart) {
    // PowerPoint draws the first category at the bottom: reverse so the best is on top.
    const items = [...chart.items].reverse();
    const labels = items.map((x) => x.label);
    const series = (kind: "focus" | "other" | "national", name: string) => ({
      name,
      labels,
      values: items.map((x) => (x.kind === kind ? x.diff : null)),
    });
    slide.addChart(
      pptx.ChartType.bar,
      [
        series("focus", items.find((x) => x.kind === "focus")?.label ?? ""),
        series("other", k.otherRegions),
        series("national", items.find((x) => x.kind === "national")?.label ?? ""),
      ],
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
        // Kotabaru in the deck's orange, the others grey, Indonesia dark blue; labels sit outside the
        // bars in ink on white (contrast above 4.5:1 whatever the bar's colour).
        chartColors: ["B4490B", "8C959F", "1F3A5F"],
        showValue: true,
        dataLabelPosition: "outEnd",
        dataLabelColor: INK,
        dataLabelFontSize: 12,
        dataLabelFormatCode: signedFormat(s.decimals),
        catAxisLabelFontSize: 11,
        catAxisLabelPos: "low",
        valAxisLabelFontSize: 10,
        valAxisLabelFormatCode: signedFormat(s.decimals),
        showValAxisTitle: true,
        valAxisTitle: k.differenceAxis(chart.province.label),
        valAxisTitleFontSize: 11,
        showLegend: false,
        valGridLine: { color: "E6EAEF", size: 1 },
      } as PptxGenJS.IChartOpts,
    );
  }
  footer(
    slide,
    `${s.source}${s.references.length ? ` · ${s.references.map((r) => `${r.label} ${fmt(r.value)}`).join(" · ")}` : ""}`,
    n,
    count,
  );
  return slide;
}

/** The scorecard as a table: one row per index, the status in its colour and word. */
function addScorecard(pptx: PptxGenJS, s: Extract<DeckSlide, { kind: "scorecard" }>, n: number, count: number, lang: Lang) {
  const t = dict(lang).scorecard;
  const slide = pptx.addSlide();
  addTitle(slide, s.title, 0.35, { w: W - 1, h: 0.6 }, 28);
  slide.addText(s.sentence, {
    x: 0.5,
    y: 1.0,
    w: W - 1,
    h: 1.1,
    fontFace: FONT,
    fontSize: 18,
    bold: true,
    color: INK,
    valign: "top",
  });
  const head = [t.index, t.official, t.target(s.planYear), t.projection(s.planYear), t.status, t.rank].map((text) => ({
    text,
    options: { bold: true, fill: { color: "F3F5F7" }, color: INK },
  }));
  const rows = s.rows.map((r) => [
    { text: r.code, options: { bold: true } },
    { text: r.official ? `${r.official.value} (${r.official.year})` : "–", options: { align: "right" as const } },
    { text: r.target ?? t.targetNotSet, options: { align: "right" as const, color: r.target ? INK : MUTED } },
    { text: r.projection ? `${r.projection.value}${r.gap ? `\n${r.gap}` : ""}` : "–", options: { align: "right" as const } },
    { text: r.statusWord, options: { bold: true, color: STATUS_COLOR[r.status] ?? INK } },
    {
      text: r.rank ? `${r.rank.text} (${r.rank.year})${r.rank.lowest ? ` · ${t.lowestWord}` : ""}` : "–",
      options: { color: r.rank?.lowest ? "B42318" : INK },
    },
  ]);
  slide.addTable([head, ...rows], {
    x: 0.5,
    y: 2.2,
    w: W - 1,
    colW: [1.4, 2.2, 2.0, 2.6, 2.6, 1.53],
    fontFace: FONT,
    fontSize: 15,
    color: INK,
    border: { type: "solid", color: "D0D7DE", pt: 1 },
    valign: "middle",
  });
  footer(slide, s.source, n, count);
  return slide;
}

/** What the office must confirm: each decision's question, whether the verdict depends on it, the step. */
function addDecisions(pptx: PptxGenJS, s: Extract<DeckSlide, { kind: "decisions" }>, n: number, count: number) {
  const slide = pptx.addSlide();
  addTitle(slide, s.title, 0.35, { w: W - 1, h: 0.6 }, 26);
  slide.addText(
    s.items.flatMap((x) => [
      { text: x.title, options: { bold: true, bullet: true, breakLine: true } },
      { text: `${x.verdict} ${x.step}`, options: { breakLine: true, indentLevel: 1 } },
    ]),
    { x: 0.5, y: 1.1, w: W - 1, h: 5.4, fontFace: FONT, fontSize: 17, color: INK, valign: "top", paraSpaceAfter: 8 },
  );
  footer(slide, s.source, n, count);
  return slide;
}

function addSlide(pptx: PptxGenJS, s: DeckSlide, n: number, count: number, lang: Lang): PptxGenJS.Slide {
  switch (s.kind) {
    case "scorecard":
      return addScorecard(pptx, s, n, count, lang);
    case "indicator":
      return addIndicator(pptx, s, n, count);
    case "rank":
      return addRank(pptx, s, n, count, lang);
    case "decisions":
      return addDecisions(pptx, s, n, count);
    case "institutions":
      return addList(
        pptx,
        s.title,
        s.items.map((item) => ({ text: `${item.when}  ${item.text}`, color: item.tone === "bad" ? "B42318" : INK })),
        17,
        s.source,
        n,
        count,
      );
    case "sources":
      // Readable from the back of the room when the list is short; small enough to fit when long.
      return addList(
        pptx,
        s.title,
        s.items.map((text) => ({ text, color: INK })),
        s.items.length <= 10 ? 16 : 11,
        s.footer,
        n,
        count,
      );
  }
}

function addList(
  pptx: PptxGenJS,
  title: string,
  items: { text: string; color: string }[],
  fontSize: number,
  source: string,
  n: number,
  count: number,
): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  addTitle(slide, title, 0.35, { w: W - 1, h: 0.6 }, 26);
  slide.addText(
    items.map((item) => ({ text: item.text, options: { bullet: true, color: item.color, breakLine: true } })),
    { x: 0.5, y: 1.1, w: W - 1, h: 5.4, fontFace: FONT, fontSize, valign: "top", paraSpaceAfter: fontSize >= 16 ? 8 : 3 },
  );
  footer(slide, source, n, count);
  return slide;
}

export async function deckToPptx(deck: Deck): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = deck.title;
  pptx.company = "Dasbor PUG";
  const count = deck.slides.length;
  deck.slides.forEach((s, i) => {
    const n = i + 1;
    const slide = addSlide(pptx, s, n, count, deck.lang);
    // What the presenter says, in PowerPoint's own speaker notes.
    slide.addNotes(s.notes.join("\n\n"));
  });
  const file = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return Buffer.from(withLanguage(file, deck.lang));
}

/** The language tag of the deck's text, so PowerPoint spell-checks the Indonesian deck in Indonesian. */
export const DECK_LANGUAGE: Record<Lang, string> = { id: "id-ID", en: "en-US" };

/**
 * pptxgenjs writes lang="en-US" on every run, paragraph end and chart; a per-run option misses the
 * chart and table parts, so the finished file's XML is retagged instead.
 */
export function withLanguage(file: Uint8Array, lang: Lang): Uint8Array {
  const tag = DECK_LANGUAGE[lang];
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
