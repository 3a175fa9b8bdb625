/**
 * The meeting deck as a PowerPoint presentation: each slide of the Deck model in the writer's terms
 * (a table, a line chart, a bar chart, a list), worded and rounded here so the file says exactly what
 * the screen says. lib/export/pptx writes it.
 */
import {
  BORDER_COLOR,
  FOCUS_COLOR,
  GRID_COLOR,
  HEAD_FILL,
  INK_COLOR,
  MUTED_COLOR,
  NATIONAL_BAR_COLOR,
  OTHER_COLOR,
  PATH_DASH,
  PROJECTION_DASH,
  TONE_COLOR,
  statusTone,
} from "@/lib/chart/style";
import type { TrendChartProps, YearPoint } from "@/lib/chart/types";
import type { PptxLineSeries, PptxSlide, Presentation } from "@/lib/export/pptx";
import { formatNumber } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import { roundTo } from "@/lib/metrics/round";
import type { Deck, DeckSlide } from "./deck";

type Of<K extends DeckSlide["kind"]> = Extract<DeckSlide, { kind: K }>;

/** A dash of the screen (SVG dasharray) as PowerPoint's nearest preset: solid, dashes or dots. */
function presetDash(dash: string): PptxLineSeries["dash"] {
  if (dash === "") return "solid";
  return dash === PROJECTION_DASH || dash.startsWith("2") || dash.startsWith("3") ? "sysDot" : "dash";
}

/** A missing value between two published ones (a gap inside a line). */
function hasInternalGap(values: (number | null)[]): boolean {
  const first = values.findIndex((v) => v !== null);
  const last = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  return first >= 0 && values.slice(first, last + 1).some((v) => v === null);
}

/** The trend chart as PowerPoint line series, one per line, marker set or construction line. */
export function trendSeries(t: TrendChartProps): { categories: string[]; series: PptxLineSeries[]; gaps: boolean } {
  const years: number[] = [];
  for (let y = t.xDomain[0]; y <= t.xDomain[1]; y++) years.push(y);
  // Rounded to the indicator's decimals, as on screen: the data sheet never shows 72.75999999999996.
  const at = (points: YearPoint[]) =>
    years.map((y) => {
      const v = points.find((p) => p.year === y)?.value;
      return v === undefined ? null : roundTo(v, t.decimals);
    });
  const make = (name: string, points: YearPoint[], color: string, dash: string, markersOnly = false): PptxLineSeries => ({
    name,
    values: at(points),
    color,
    dash: presetDash(dash),
    markersOnly,
  });
  const lines = t.lines.map((l) => make(l.label, l.points, l.color, l.dash));
  // Other published values (another source or an unstated series): markers only, never joined.
  const loose = t.loose && t.loose.points.length ? [make(t.loose.label, t.loose.points, MUTED_COLOR, "", true)] : [];
  // The path and projection are straight lines known only at their two ends. PowerPoint joins them
  // when blanks are "spanned", which would also join a data line across a missing year, so spanning
  // is used only when no data line has such a gap; otherwise those two construction lines are left
  // out rather than filled in with invented in-between values.
  const gaps = lines.some((sr) => hasInternalGap(sr.values));
  const segments = gaps
    ? []
    : [
        ...(t.path ? [make(t.path.label, [t.path.from, t.path.to], MUTED_COLOR, PATH_DASH)] : []),
        ...(t.projection
          ? [make(t.projection.label, [t.projection.from, t.projection.to], t.projection.color, PROJECTION_DASH)]
          : []),
      ];
  const target = t.target ? [make(t.target.label, [t.target], INK_COLOR, "")] : [];
  return { categories: years.map(String), series: [...lines, ...loose, ...segments, ...target], gaps };
}

/**
 * Each region's distance from the province, as bars from the province's value (zero): 85,05 and
 * 85,13 differ visibly, which bars from zero hide, and Indonesia is drawn beside the regions.
 */
export function differenceBars(s: Of<"rank">) {
  const province = s.references.find((r) => r.level === "province");
  if (!province) return null;
  const national = s.references.filter((r) => r.level === "national");
  const items = [
    ...s.bars.map((b) => ({ label: b.label, value: b.value, kind: b.focus ? ("focus" as const) : ("other" as const) })),
    ...national.map((r) => ({ label: r.label, value: r.value, kind: "national" as const })),
  ]
    .map((x) => ({ ...x, diff: roundTo(x.value - province.value, s.decimals) }))
    // Best first, as on screen.
    .sort((x, y) => (s.direction === "lower" ? x.diff - y.diff : y.diff - x.diff));
  return { province, items };
}

function rankSlide(s: Of<"rank">, base: Base, deck: Deck): PptxSlide {
  const k = dict(deck.lang).deck;
  const fmt = (v: number) => formatNumber(v, deck.lang, s.decimals);
  const chart = differenceBars(s);
  // PowerPoint draws the first category at the bottom: reversed so the best is on top.
  const items = chart ? [...chart.items].reverse() : [];
  const series = (kind: "focus" | "other" | "national", name: string, color: string) => ({
    name,
    color,
    values: items.map((x) => (x.kind === kind ? x.diff : null)),
  });
  const references = s.references.map((r) => `${r.label} ${fmt(r.value)}`).join(" · ");
  return {
    ...base,
    footer: `${s.source}${references ? ` · ${references}` : ""}`,
    layout: "bar-chart",
    lead: s.lead,
    heading: chart
      ? k.differenceTitle(chart.province.label, fmt(chart.province.value), s.year, s.direction === "lower")
      : s.chartTitle,
    categories: items.map((x) => x.label),
    series: chart
      ? [
          series("focus", items.find((x) => x.kind === "focus")?.label ?? "", FOCUS_COLOR),
          series("other", k.otherRegions, OTHER_COLOR),
          series("national", items.find((x) => x.kind === "national")?.label ?? "", NATIONAL_BAR_COLOR),
        ]
      : [],
    decimals: s.decimals,
    axisTitle: chart ? k.differenceAxis(chart.province.label) : "",
  };
}

function scorecardSlide(s: Of<"scorecard">, base: Base, deck: Deck): PptxSlide {
  const t = dict(deck.lang).scorecard;
  return {
    ...base,
    layout: "table",
    sentence: s.sentence,
    head: [t.index, t.official, t.target(s.planYear), t.projection(s.planYear), t.status, t.rank],
    rows: s.rows.map((r) => [
      { text: r.code, bold: true },
      { text: r.official ? `${r.official.value} (${r.official.year})` : "–", align: "right" },
      { text: r.target ?? t.targetNotSet, align: "right", color: r.target ? INK_COLOR : MUTED_COLOR },
      { text: r.projection ? `${r.projection.value}${r.gap ? `\n${r.gap}` : ""}` : "–", align: "right" },
      { text: r.statusWord, bold: true, color: TONE_COLOR[statusTone(r.status)] },
      {
        text: r.rank ? `${r.rank.text} (${r.rank.year})${r.rank.lowest ? ` · ${t.lowestWord}` : ""}` : "–",
        color: r.rank?.lowest ? TONE_COLOR.bad : INK_COLOR,
      },
    ]),
    columnWidths: [1.4, 2.2, 2.0, 2.6, 2.6, 1.53],
  };
}

type Base = Pick<PptxSlide, "kicker" | "title" | "titleMax" | "notes" | "footer">;

function toSlide(s: DeckSlide, deck: Deck): PptxSlide {
  const base: Base = { kicker: null, title: s.title, titleMax: 26, notes: s.notes, footer: "" };
  switch (s.kind) {
    case "scorecard":
      return scorecardSlide(s, { ...base, titleMax: 28, footer: s.source }, deck);
    case "indicator": {
      const chart = trendSeries(s.trend);
      const status = { text: s.statusLabel, bold: true, color: TONE_COLOR[statusTone(s.status)] };
      const head = { ...base, kicker: `${s.code} · ${s.name}`, titleMax: 24, footer: s.source };
      return { ...head, layout: "line-chart", status, ...chart, decimals: s.trend.decimals, lead: s.lead };
    }
    case "rank":
      return rankSlide(s, { ...base, kicker: `${s.code} · ${s.name}`, titleMax: 24 }, deck);
    case "decisions":
      return {
        ...base,
        footer: s.source,
        layout: "bullets",
        fontSize: 17,
        items: s.items.map((x) => ({ text: x.title, sub: `${x.verdict} ${x.step}`, color: INK_COLOR })),
      };
    case "institutions":
      return {
        ...base,
        footer: s.source,
        layout: "bullets",
        fontSize: 17,
        items: s.items.map((item) => ({
          text: `${item.when}  ${item.text}`,
          sub: null,
          color: item.tone === "bad" ? TONE_COLOR.bad : INK_COLOR,
        })),
      };
    case "sources":
      // Readable from the back of the room when the list is short; small enough to fit when long.
      return {
        ...base,
        footer: s.footer,
        layout: "bullets",
        fontSize: s.items.length <= 10 ? 16 : 11,
        items: s.items.map((text) => ({ text, sub: null, color: INK_COLOR })),
      };
  }
}

export function deckPresentation(deck: Deck): Presentation {
  return {
    lang: deck.lang,
    title: deck.title,
    company: dict(deck.lang).siteName,
    palette: { ink: INK_COLOR, muted: MUTED_COLOR, grid: GRID_COLOR, border: BORDER_COLOR, headFill: HEAD_FILL },
    slides: deck.slides.map((s) => toSlide(s, deck)),
  };
}
