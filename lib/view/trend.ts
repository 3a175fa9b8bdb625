/**
 * The trend chart of the focus region on one indicator: every methodology series as its own line
 * (the official one in colour, the one the target is measured on marked as such), loose published
 * values, the target with its straight path from the baseline where it is published, the projection
 * and the gap, the method break where BPS changed the method, and a title that states the message.
 */
import type { Dataset } from "@/lib/data/validate";
import { formatNumber, formatSigned, paceDecimals } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { IndicatorAssessment } from "@/lib/metrics/assess";
import { UNSTATED_SERIES, observationsOf, seriesPoints, seriesWithData } from "@/lib/metrics/observations";
import type { Standing } from "@/lib/metrics/standing";
import { formatDate } from "@/lib/format/date";
import type { TrendChartProps, TrendLine, YearPoint } from "@/lib/chart/types";
import { exportRow, type ExportRow } from "@/lib/export/rows";
import { seriesLabel } from "@/lib/format/labels";
import { FOCUS_COLOR, methodStyle } from "@/lib/chart/style";

export interface TrendView {
  props: TrendChartProps;
  rows: ExportRow[];
  title: string;
  lastYear: number | null;
}

/** The trend chart of the focus region: every series, loose published values, target, path, projection, gap, method break. */
export function trendView(d: Dataset, s: Standing, lang: Lang, planYear: number): TrendView {
  const t = dict(lang).indicatorPage;
  const a = s.assessment;
  const { indicator, region, progress: p } = a;
  const code = indicator.code;
  const all = seriesWithData(d, region.code, code);
  const lines: TrendLine[] = all.map((series) => {
    const role = series === s.official?.series ? "official" : series === a.series && a.goal ? "basis" : "other";
    const name = seriesLabel(d, code, series, lang);
    return {
      key: series,
      label: `${region.shortName} · ${role === "basis" && all.length > 1 ? t.trendBasis(name) : name}`,
      ...methodStyle(role),
      points: seriesPoints(d, region.code, code, series).map(({ year, value }) => ({ year, value })),
    };
  });
  const { loose, rows } = publishedValues(d, a, lang);
  const years = rows.map((r) => r.year);
  const breaks = methodBreaks(d, s, lang);
  const props: TrendChartProps = {
    lang,
    decimals: indicator.decimals,
    xDomain: [Math.min(...years, ...breaks.map((b) => Math.ceil(b.x))), Math.max(...years, a.goal?.targetYear ?? 0)],
    lines,
    loose: { key: "published", label: t.trendLegendLoose, points: loose },
    ...(a.goal && !a.scenario ? goalMarks(s, lang) : {}),
    ...(breaks.length ? { breaks } : {}),
  };
  if (a.goal && !a.scenario) addGoalRows(rows, goalRows(d, a, lang));
  rows.sort((x, y) => x.year - y.year || x.series.localeCompare(y.series));
  return { props, rows, title: trendTitle(a, lang, planYear), lastYear: p.latest?.year ?? null };
}

/** Where BPS changed the method of an index the region has values on: a rule before the first recalculated year. */
function methodBreaks(d: Dataset, s: Standing, lang: Lang): NonNullable<TrendChartProps["breaks"]> {
  const t = dict(lang).indicatorPage;
  const code = s.indicator.code;
  const held = seriesWithData(d, s.assessment.region.code, code);
  return d.series
    .filter((x) => x.indicator === code && x.introduced && x.revisedFrom !== null && held.includes(x.code) && held.length > 1)
    .map((x) => {
      const when = formatDate(x.introduced!, lang);
      return {
        x: x.revisedFrom! - 0.5,
        label: t.breakLabel(when, x.revisedFrom!),
        tip: t.breakTip(when, x.label[lang], x.revisedFrom!),
      };
    });
}

/** Every published value as a data row; values not on a series line (unstated series, other sources' values) are also loose markers. */
function publishedValues(d: Dataset, a: IndicatorAssessment, lang: Lang): { loose: YearPoint[]; rows: ExportRow[] } {
  const t = dict(lang).indicatorPage;
  const { indicator, region } = a;
  const loose: YearPoint[] = [];
  const rows: ExportRow[] = [];
  for (const o of observationsOf(d, region.code, indicator.code)) {
    if (o.value === null) continue;
    const onLine =
      o.series !== UNSTATED_SERIES &&
      seriesPoints(d, region.code, indicator.code, o.series).some((pt) => pt.year === o.year && pt.source === o.source);
    if (!onLine && !loose.some((l) => l.year === o.year && l.value === o.value)) loose.push({ year: o.year, value: o.value });
    rows.push(exportRow(d, { ...o, value: o.value, role: onLine ? undefined : t.trendLegendLoose }, lang));
  }
  return { loose, rows };
}

/**
 * The target's baseline and target, the straight path between them, the projection and the gap left
 * in the target year. The baseline sits where its value is published (IPM: 2024 on the old method,
 * continued, though the plan writes 2023), and its label says so.
 */
function goalMarks(s: Standing, lang: Lang): Pick<TrendChartProps, "baseline" | "target" | "path" | "projection" | "gap"> {
  const t = dict(lang).indicatorPage;
  const a = s.assessment;
  const g = a.goal!;
  const p = a.progress;
  const moved = s.baselineAsPublished && s.baselineAsPublished.year !== g.baselineYear ? s.baselineAsPublished.year : null;
  const start = { year: moved ?? g.baselineYear, value: g.baselineValue };
  const marks: Pick<TrendChartProps, "baseline" | "target" | "path" | "projection" | "gap"> = {
    baseline: { ...start, label: moved ? t.trendLegendBaselineWritten(g.baselineYear) : t.trendLegendBaseline },
    target: { year: g.targetYear, value: g.targetValue, label: t.trendLegendTarget(g.targetYear) },
    path: { from: start, to: { year: g.targetYear, value: g.targetValue }, label: t.trendLegendPath },
  };
  if (p.latest && p.projected) {
    const color = s.basisDiffers ? methodStyle("basis").color : FOCUS_COLOR;
    marks.projection = { from: p.latest, to: p.projected, label: t.trendLegendProjection, color };
    if (p.gapAtTarget !== null && Math.abs(p.gapAtTarget) > 0) {
      const gap = formatNumber(Math.abs(p.gapAtTarget), lang, a.indicator.decimals);
      marks.gap = { year: g.targetYear, from: p.projected.value, to: g.targetValue, label: t.gapLabel(gap) };
    }
  }
  return marks;
}

/** The target's baseline and target as data rows, in the target's own series and source. */
function goalRows(d: Dataset, a: IndicatorAssessment, lang: Lang): ExportRow[] {
  const t = dict(lang).indicatorPage;
  const g = a.goal!;
  const target = a.target!;
  const row = (year: number, value: number, role: string) =>
    exportRow(
      d,
      {
        region: a.region.code,
        indicator: a.indicator.code,
        year,
        value,
        series: target.series ?? UNSTATED_SERIES,
        source: target.source,
        role,
      },
      lang,
    );
  return [
    row(g.baselineYear, g.baselineValue, t.trendLegendBaseline),
    row(g.targetYear, g.targetValue, t.trendLegendTarget(g.targetYear)),
  ];
}

/**
 * Adds the baseline and target rows, flagging a published value instead of repeating it: the
 * paper's 2023 value that is also the baseline is one observation, so a pivot table counts it once.
 */
function addGoalRows(rows: ExportRow[], goal: ExportRow[]): void {
  for (const g of goal) {
    const same = rows.find(
      (r) => r.year === g.year && r.value === g.value && r.source_id === g.source_id && r.region_code === g.region_code,
    );
    if (same) same.role = same.role ? `${same.role}; ${g.role}` : g.role;
    else rows.push(g);
  }
}

/** A chart title that states the message, not just the topic. */
export function trendTitle(a: IndicatorAssessment, lang: Lang, planYear: number): string {
  const { indicator, region, progress: p } = a;
  const t = dict(lang);
  const tt = t.trendTitle;
  const code = indicator.code;
  const name = region.shortName;
  const pdec = paceDecimals(indicator.decimals);
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  if (!p.latest) return tt.noData(code, name);
  if (a.goal && p.required !== null) {
    // "needs to fall 0.0202", not "needs −0.0202": a sign in a title reads like a typo.
    const step = formatNumber(Math.abs(p.required), lang, pdec);
    return tt.needs(code, name, t.status[p.status], p.required > 0, step, n(a.goal.targetValue), a.goal.targetYear);
  }
  if (a.goal && p.status === "achieved") return tt.achieved(code, name, a.goal.targetYear, n(a.goal.targetValue));
  if (p.pace) return tt.pace(code, name, formatSigned(p.pace.perYear, lang, pdec), p.pace.from.year, p.pace.to.year, planYear);
  return tt.latest(code, name, p.latest.year, n(p.latest.value));
}
