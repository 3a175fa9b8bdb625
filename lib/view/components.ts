/**
 * An index's components as levers (issue 15): for each component, the focus region's latest published
 * value, the parent region's (the province's) value in the same year and methodology series, the
 * difference read in the component's good direction, its source, and the office (OPD) that moves it.
 * A component the focus region has no published value for says so, and the section shows how to add
 * one (the import command and a row template); it never shows a number in its place.
 */
import { DATA_FILE_STYLE, writeCsv } from "@/lib/data/csv";
import { columnsOf, type Indicator, type Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatNumber, formatSigned } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { seriesOrder, seriesPoints, sourceOf, UNSTATED_SERIES, type SeriesPoint } from "@/lib/metrics/observations";
import { seriesLabel } from "@/lib/format/labels";
import { leverGap, type LeverGap, type LeverVerdict } from "@/lib/metrics/lever";

export interface LeverRow {
  key: string;
  code: string;
  name: string;
  unit: string;
  /** The office (OPD) that moves it, or null where indicators.csv names none. */
  office: string | null;
  /** The focus region's latest published value; null when nothing is published for it. */
  focus: { value: number; text: string; year: number; series: string; seriesCode: string } | null;
  /** The province's value in the focus value's year and series. */
  province: { value: number; text: string } | null;
  /** Why no provincial value stands beside the focus value (only when the focus has one). */
  provinceMissing: string | null;
  gap: (LeverGap & { text: string; word: string }) | null;
  /** Short names of the sources of the values in the row. */
  sources: string[];
  sourceIds: string[];
}

export interface ComponentsModel {
  code: string;
  heading: string;
  caption: string;
  lead: string;
  /** Which components hold the focus region back and which are ahead of the province; empty when none compare. */
  summary: string;
  focusName: string;
  provinceName: string | null;
  rows: LeverRow[];
  definitions: { code: string; name: string; definition: string }[];
  /** Only when a component has no value for the focus region: the import command for each, and a row template. */
  howToAdd: { commands: string[]; template: string } | null;
  /** Every source of a value in the table, for the page's source list. */
  sourceIds: string[];
}

/** The latest published value of a region: the most recent year in any series; on a tie the headline series, then series.csv order. */
function latestPoint(d: Dataset, region: string, code: string): { point: SeriesPoint; series: string } | null {
  // A value whose series is not stated comes last: it is shown only when no series-tagged value is as recent.
  const series = [...seriesOrder(d, code).filter((s) => s !== UNSTATED_SERIES), UNSTATED_SERIES];
  let best: { point: SeriesPoint; series: string } | null = null;
  for (const s of series) {
    const last = seriesPoints(d, region, code, s).at(-1);
    if (last && (!best || last.year > best.point.year)) best = { point: last, series: s };
  }
  return best;
}

export function componentsModel(d: Dataset, indicator: Indicator, focus: Region, lang: Lang): ComponentsModel | null {
  const components = d.indicators.filter((i) => i.parent === indicator.code).sort((a, b) => a.order - b.order);
  if (components.length === 0) return null;
  const t = dict(lang).levers;
  const province = focus.parent ? (d.regions.find((r) => r.code === focus.parent) ?? null) : null;
  const provinceName = province?.shortName ?? null;

  const rows: LeverRow[] = components.map((c) => {
    const latest = latestPoint(d, focus.code, c.code);
    const row: LeverRow = {
      key: c.code,
      code: c.code,
      name: c.name[lang],
      unit: c.unit[lang],
      office: c.office?.[lang] ?? null,
      focus: null,
      province: null,
      provinceMissing: null,
      gap: null,
      sources: [],
      sourceIds: [],
    };
    if (!latest) return row;
    const { point, series } = latest;
    row.focus = {
      value: point.value,
      text: formatNumber(point.value, lang, c.decimals),
      year: point.year,
      series: seriesLabel(d, c.code, series, lang),
      seriesCode: series,
    };
    row.sourceIds.push(point.source);
    const other =
      province && series !== UNSTATED_SERIES
        ? seriesPoints(d, province.code, c.code, series).find((p) => p.year === point.year)
        : undefined;
    if (other) {
      row.province = { value: other.value, text: formatNumber(other.value, lang, c.decimals) };
      row.sourceIds.push(other.source);
      const gap = leverGap(point.value, other.value, c.decimals, c.direction);
      row.gap = { ...gap, text: formatSigned(gap.difference, lang, c.decimals), word: t.verdict[gap.verdict] };
    } else {
      row.provinceMissing = provinceName ? t.noProvinceValue(provinceName, point.year) : t.noProvince;
    }
    row.sourceIds = [...new Set(row.sourceIds)];
    row.sources = [...new Set(row.sourceIds.map((id) => sourceShortName(sourceOf(d, id), lang)))];
    return row;
  });

  const missing = components.filter((c) => !rows.find((r) => r.code === c.code)!.focus);
  const headlineSeries = (code: string) =>
    d.series.find((s) => s.indicator === code && s.headline)?.code ?? seriesOrder(d, code)[0] ?? UNSTATED_SERIES;
  const p = t.templatePlaceholders;
  // The data files' own form, written by the one CSV writer (quoting included).
  const template = writeCsv(
    columnsOf("observations"),
    missing.map((c) => [focus.code, c.code, p.year, p.value, headlineSeries(c.code), p.source, p.note]),
    DATA_FILE_STYLE,
  ).trimEnd();
  const provinceLabel = provinceName ?? "—";
  const named = (verdict: LeverVerdict) => rows.filter((r) => r.gap?.verdict === verdict).map((r) => r.name);

  return {
    code: indicator.code,
    heading: t.heading(focus.shortName, provinceLabel),
    caption: t.caption(indicator.code, focus.shortName, provinceLabel),
    lead: t.lead(focus.shortName, provinceLabel),
    summary: t.summary(focus.shortName, provinceLabel, named("worse"), named("better")),
    focusName: focus.shortName,
    provinceName,
    rows,
    definitions: components.map((c) => ({ code: c.code, name: c.name[lang], definition: c.definition[lang] })),
    howToAdd: missing.length ? { commands: missing.map((c) => t.command(c.code)), template } : null,
    sourceIds: [...new Set(rows.flatMap((r) => r.sourceIds))],
  };
}
