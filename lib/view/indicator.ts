/**
 * Reshapes an indicator's data into what its charts and tables need: small, serialisable props for
 * the client charts and the export rows behind them. No calculation happens here beyond picking and
 * arranging; figures come from lib/metrics.
 */
import type { TrendChartProps, TrendLine, YearPoint } from "@/components/charts/trend-chart";
import type { RankingBar, RankingReference } from "@/components/charts/ranking-chart";
import type { PeerRegion, PeerSeries } from "@/components/charts/peers-chart";
import { FOCUS_COLOR, regionStyle, seriesDash } from "@/components/charts/series-config";
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatNumber, formatSigned, paceDecimals } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { IndicatorAssessment } from "@/lib/metrics/assess";
import { apeByRegionYear } from "@/lib/metrics/institutions";
import { UNSTATED_SERIES, observationsOf, seriesOrder, seriesPoints, seriesWithData, sourceOf } from "@/lib/metrics/observations";
import { comparisonSeries, referenceRegions, type Ranking } from "@/lib/metrics/rank";
import type { ExportRow } from "./export-rows";

export function seriesLabel(d: Dataset, indicator: string, code: string, lang: Lang): string {
  const label = d.series.find((s) => s.indicator === indicator && s.code === code)?.label[lang];
  if (label) return label;
  return code === UNSTATED_SERIES ? dict(lang).common.seriesUnstated : code;
}

export function exportRow(
  d: Dataset,
  r: { region: string; indicator: string; year: number; value: number | null; series: string; source: string; role?: string },
  lang: Lang,
): ExportRow {
  const region = d.regions.find((x) => x.code === r.region);
  const source = sourceOf(d, r.source);
  return {
    region_code: r.region,
    region_name: region?.name ?? r.region,
    indicator: r.indicator,
    year: r.year,
    value: r.value,
    series: seriesLabel(d, r.indicator, r.series, lang),
    source_id: source.id,
    source: sourceShortName(source, lang),
    source_url: source.url ?? "",
    ...(r.role ? { role: r.role } : {}),
  };
}

/** Distinct short source names of some export rows, for a chart's source line. */
export function sourceNames(rows: ExportRow[]): string[] {
  return [...new Set(rows.map((r) => r.source))];
}

export interface TrendView {
  props: TrendChartProps;
  rows: ExportRow[];
  title: string;
  lastYear: number | null;
}

/** The trend chart of the focus region: every series, loose published values, target, path, projection, gap. */
export function trendView(d: Dataset, a: IndicatorAssessment, lang: Lang, planYear: number): TrendView {
  const t = dict(lang).indicatorPage;
  const { indicator, region, progress: p } = a;
  const code = indicator.code;
  const lines: TrendLine[] = seriesWithData(d, region.code, code).map((s, i) => ({
    key: s,
    label: `${region.shortName} · ${seriesLabel(d, code, s, lang)}`,
    color: FOCUS_COLOR,
    dash: seriesDash(i),
    width: s === a.series ? 3 : 2,
    points: seriesPoints(d, region.code, code, s).map(({ year, value }) => ({ year, value })),
  }));
  // Published values that are not on any line: unstated series, and other sources' different values.
  const loose: YearPoint[] = [];
  const rows: ExportRow[] = [];
  for (const o of observationsOf(d, region.code, code)) {
    if (o.value === null) continue;
    const onLine =
      o.series !== UNSTATED_SERIES &&
      seriesPoints(d, region.code, code, o.series).some((pt) => pt.year === o.year && pt.source === o.source);
    if (!onLine && !loose.some((l) => l.year === o.year && l.value === o.value)) loose.push({ year: o.year, value: o.value });
    rows.push(exportRow(d, { ...o, value: o.value, role: onLine ? undefined : t.trendLegendLoose }, lang));
  }
  const years = rows.map((r) => r.year);
  const goalYear = a.goal?.targetYear ?? null;
  const xDomain: [number, number] = [Math.min(...years), Math.max(...years, goalYear ?? 0)];
  const props: TrendChartProps = {
    lang,
    decimals: indicator.decimals,
    xDomain,
    lines,
    loose: { key: "published", label: t.trendLegendLoose, points: loose },
  };
  if (a.goal && !a.scenario) {
    const g = a.goal;
    props.baseline = { year: g.baselineYear, value: g.baselineValue, label: t.trendLegendBaseline };
    props.target = { year: g.targetYear, value: g.targetValue, label: t.trendLegendTarget(g.targetYear) };
    props.path = {
      from: { year: g.baselineYear, value: g.baselineValue },
      to: { year: g.targetYear, value: g.targetValue },
      label: t.trendLegendPath,
    };
    if (p.latest && p.projected) {
      props.projection = { from: p.latest, to: p.projected, label: t.trendLegendProjection, color: FOCUS_COLOR };
      if (p.gapAtTarget !== null && Math.abs(p.gapAtTarget) > 0) {
        props.gap = {
          year: g.targetYear,
          from: p.projected.value,
          to: g.targetValue,
          label: t.gapLabel(formatNumber(Math.abs(p.gapAtTarget), lang, indicator.decimals)),
        };
      }
    }
    const target = a.target!;
    rows.push(
      exportRow(
        d,
        {
          region: region.code,
          indicator: code,
          year: g.baselineYear,
          value: g.baselineValue,
          series: target.series ?? UNSTATED_SERIES,
          source: target.source,
          role: t.trendLegendBaseline,
        },
        lang,
      ),
    );
    rows.push(
      exportRow(
        d,
        {
          region: region.code,
          indicator: code,
          year: g.targetYear,
          value: g.targetValue,
          series: target.series ?? UNSTATED_SERIES,
          source: target.source,
          role: t.trendLegendTarget(g.targetYear),
        },
        lang,
      ),
    );
  }
  rows.sort((x, y) => x.year - y.year || x.series.localeCompare(y.series));
  return { props, rows, title: trendTitle(a, lang, planYear), lastYear: p.latest?.year ?? null };
}

/** A chart title that states the message, not just the topic. */
export function trendTitle(a: IndicatorAssessment, lang: Lang, planYear: number): string {
  const { indicator, region, progress: p } = a;
  const t = dict(lang);
  const code = indicator.code;
  const name = region.shortName;
  const pdec = paceDecimals(indicator.decimals);
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  if (!p.latest) return lang === "id" ? `${code} ${name}: data belum tersedia` : `${name}'s ${code}: no data yet`;
  if (a.goal && p.required !== null) {
    const status = t.status[p.status].toLowerCase();
    // "needs to fall 0.0202", not "needs −0.0202": a sign in a title reads like a typo.
    const up = p.required > 0;
    const step = formatNumber(Math.abs(p.required), lang, pdec);
    return lang === "id"
      ? `${code} ${name} ${status}: perlu ${up ? "naik" : "turun"} ${step} poin per tahun untuk mencapai ${n(a.goal.targetValue)} pada ${a.goal.targetYear}`
      : `${name}'s ${code} – ${status}: needs to ${up ? "rise" : "fall"} ${step} points a year to reach ${n(a.goal.targetValue)} by ${a.goal.targetYear}`;
  }
  if (a.goal && p.status === "achieved") {
    return lang === "id"
      ? `${code} ${name} sudah mencapai target ${a.goal.targetYear} (${n(a.goal.targetValue)})`
      : `${name}'s ${code} has met its ${a.goal.targetYear} target (${n(a.goal.targetValue)})`;
  }
  if (p.pace) {
    return lang === "id"
      ? `${code} ${name} bergerak ${formatSigned(p.pace.perYear, lang, pdec)} poin per tahun (${p.pace.from.year}–${p.pace.to.year}); target ${planYear} belum ditetapkan`
      : `${name}'s ${code} moves ${formatSigned(p.pace.perYear, lang, pdec)} points a year (${p.pace.from.year}–${p.pace.to.year}); no ${planYear} target set yet`;
  }
  return lang === "id"
    ? `${code} ${name} ${p.latest.year}: ${n(p.latest.value)}`
    : `${name}'s ${code} ${p.latest.year}: ${n(p.latest.value)}`;
}

export interface RankingView {
  bars: RankingBar[];
  references: RankingReference[];
  rows: ExportRow[];
  title: string;
  summary: string;
  missing: string[];
}

export function rankingView(d: Dataset, ranking: Ranking, indicator: Indicator, focus: Region, lang: Lang): RankingView {
  const t = dict(lang).indicatorPage;
  const name = (code: string) => d.regions.find((r) => r.code === code)?.shortName ?? code;
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  const bars = ranking.ranked.map((r) => ({
    code: r.region,
    label: name(r.region),
    value: r.value,
    focus: r.region === focus.code,
  }));
  const references = ranking.references.map((r) => {
    const level = d.regions.find((x) => x.code === r.region)?.level;
    const style = regionStyle(level === "nasional" ? "national" : "province");
    return { label: name(r.region), value: r.value, color: style.color, dash: style.dash };
  });
  const rankLabel = dict(lang).indicatorPage.rank;
  const rows = [
    ...ranking.ranked.map((r) =>
      exportRow(
        d,
        {
          region: r.region,
          indicator: indicator.code,
          year: ranking.year,
          value: r.value,
          series: ranking.series,
          source: r.source,
          role: `${rankLabel} ${r.rank}`,
        },
        lang,
      ),
    ),
    ...ranking.references.map((r) =>
      exportRow(
        d,
        {
          region: r.region,
          indicator: indicator.code,
          year: ranking.year,
          value: r.value,
          series: ranking.series,
          source: r.source,
          role: "ref",
        },
        lang,
      ),
    ),
  ];
  const me = ranking.ranked.find((r) => r.region === focus.code);
  const better = indicator.direction === "lower" ? t.lowerIsBetter : t.higherIsBetter;
  const title = me
    ? t.rankTitle(focus.shortName, me.rank, ranking.ranked.length, indicator.code, ranking.year, better)
    : t.rankTitleMissing(focus.shortName, indicator.code, ranking.year);
  const first = ranking.ranked[0];
  const last = ranking.ranked.at(-1);
  const summary =
    first && last
      ? t.rankSummary(
          name(first.region),
          n(first.value),
          name(last.region),
          n(last.value),
          focus.shortName,
          me ? n(me.value) : dict(lang).common.missing,
        )
      : "";
  return { bars, references, rows, title, summary, missing: ranking.missing.map(name) };
}

/** Regions preselected on the peers chart: the focus region, its province and nation, and the APE/PPE award winners. */
export function defaultPeers(d: Dataset, focus: string): string[] {
  const winners = new Set<string>();
  const latestYear = Math.max(...d.ape.map((r) => r.year));
  for (const r of apeByRegionYear(d).values()) {
    if (
      r.year === latestYear &&
      r.predicate !== "non-ape" &&
      r.region !== focus &&
      d.regions.find((x) => x.code === r.region && (x.level === "kabupaten" || x.level === "kota"))
    ) {
      winners.add(r.region);
    }
  }
  return [focus, ...referenceRegions(d, focus).map((r) => r.code), ...[...winners].sort()];
}

export interface PeersView {
  regions: PeerRegion[];
  series: PeerSeries[];
  defaults: string[];
  rows: ExportRow[];
  regionNames: Record<string, string>;
  sources: Record<string, { name: string; url: string }>;
}

export function peersView(d: Dataset, indicator: Indicator, focus: Region, lang: Lang): PeersView {
  const refs = referenceRegions(d, focus.code).map((r) => r.code);
  let peerIndex = 0;
  const ordered = [
    focus,
    ...refs.map((c) => d.regions.find((r) => r.code === c)!),
    ...d.regions.filter((r) => r.code !== focus.code && !refs.includes(r.code)),
  ];
  const regions: PeerRegion[] = ordered.map((r) => {
    const role =
      r.code === focus.code ? "focus" : r.level === "nasional" ? "national" : r.level === "provinsi" ? "province" : "peer";
    const style = regionStyle(role, role === "peer" ? peerIndex++ : 0);
    return { code: r.code, label: r.shortName, ...style };
  });
  const latest = Math.max(...d.observations.filter((o) => o.indicator === indicator.code).map((o) => o.year));
  const first = comparisonSeries(d, indicator.code, latest);
  const codes = seriesOrder(d, indicator.code).filter((s) => s !== UNSTATED_SERIES);
  const ordering = first ? [first, ...codes.filter((c) => c !== first)] : codes;
  const series: PeerSeries[] = [];
  for (const code of ordering) {
    const values: PeerSeries["values"] = {};
    for (const r of regions) {
      const pts = seriesPoints(d, r.code, indicator.code, code).map(({ year, value, source }) => ({ year, value, source }));
      if (pts.length) values[r.code] = pts;
    }
    if (Object.keys(values).length) series.push({ code, label: seriesLabel(d, indicator.code, code, lang), values });
  }
  const defaults = defaultPeers(d, focus.code);
  const rows: ExportRow[] = [];
  const s0 = series[0];
  if (s0) {
    for (const code of defaults) {
      for (const pt of seriesPoints(d, code, indicator.code, s0.code)) {
        rows.push(
          exportRow(
            d,
            { region: code, indicator: indicator.code, year: pt.year, value: pt.value, series: s0.code, source: pt.source },
            lang,
          ),
        );
      }
    }
  }
  const sources: PeersView["sources"] = {};
  for (const sr of series)
    for (const pts of Object.values(sr.values))
      for (const p of pts) {
        if (!sources[p.source]) {
          const src = sourceOf(d, p.source);
          sources[p.source] = { name: sourceShortName(src, lang), url: src.url ?? "" };
        }
      }
  const regionNames = Object.fromEntries(d.regions.map((r) => [r.code, r.name]));
  return { regions, series, defaults, rows, regionNames, sources };
}
