/**
 * Regions ranked on one indicator in one year (dots on a shared axis, the province and Indonesia as
 * reference lines), and the focus region's rank year by year.
 */
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatNumber } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { rankHistory, type Ranking } from "@/lib/metrics/rank";
import type { RankingBar, RankingReference } from "@/lib/chart/types";
import { exportRow, type ExportRow } from "@/lib/export/rows";
import { regionShortName, seriesLabel } from "@/lib/format/labels";
import { regionStyle } from "@/lib/chart/style";

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
  const name = (code: string) => regionShortName(d, code);
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  const bars = ranking.ranked.map((r) => ({
    code: r.region,
    label: name(r.region),
    value: r.value,
    focus: r.region === focus.code,
  }));
  const references = ranking.references.map((r) => {
    const level = d.regions.find((x) => x.code === r.region)?.level;
    const kind: RankingReference["level"] = level === "nasional" ? "national" : "province";
    const style = regionStyle(kind);
    return { label: name(r.region), level: kind, value: r.value, color: style.color, dash: style.dash };
  });
  const row = (x: { region: string; value: number; source: string }, role: string) =>
    exportRow(
      d,
      {
        region: x.region,
        indicator: indicator.code,
        year: ranking.year,
        value: x.value,
        series: ranking.series,
        source: x.source,
        role,
      },
      lang,
    );
  const rows = [
    ...ranking.ranked.map((x) => row(x, `${t.rank} ${x.rank}`)),
    ...ranking.references.map((x) => row(x, t.referenceRole)),
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

export interface RankHistoryRow {
  year: number;
  rank: number;
  of: number;
  series: string;
  /** The first year ranked in another series than the year before: ranks across it are not comparable. */
  seriesChanged: boolean;
}

/** The focus region's rank in every year it has a value, with the series it was ranked in and where that changes. */
export function rankHistoryRows(d: Dataset, indicator: string, region: string, lang: Lang): RankHistoryRow[] {
  const history = rankHistory(d, indicator, region);
  return history.map((h, i) => ({
    ...h,
    series: seriesLabel(d, indicator, h.series, lang),
    seriesChanged: i > 0 && history[i - 1]!.series !== h.series,
  }));
}
