/**
 * One indicator's page (/indikator/[kode]): the trend chart first under a title that states the
 * message, the summary once beneath it, the position toward the plan year, the data notes (decisions,
 * method break, freshness) in one block, then the regional ranking and the rank year by year, the
 * peers chart, the components, and every source cited. Everything the page shows is computed here;
 * the components only draw it.
 */
import type { Indicator } from "@/lib/data/schemas";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { progressDirection } from "@/lib/metrics/assess";
import { freshness } from "@/lib/metrics/freshness";
import { headlineIndicators } from "@/lib/metrics/observations";
import type { ProgressDirection, YearValue } from "@/lib/metrics/progress";
import { latestRankedYear, rankRegions } from "@/lib/metrics/rank";
import { standing } from "@/lib/metrics/standing";
import type { TrendChartProps } from "@/lib/chart/types";
import { componentsModel, type ComponentsModel } from "./components";
import { sourceNames, type ExportRow } from "@/lib/export/rows";
import { dataNotes, type DataNotes } from "./data-notes";
import { seriesLabel } from "@/lib/format/labels";
import { indicatorNarrative } from "./narrative";
import { peersView, type PeersView } from "./peers";
import { positionView, rankScope, type PositionView } from "./position";
import { rankHistoryRows, rankingView, type RankHistoryRow, type RankingView } from "./ranking";
import { regionalModel, type RegionalModel } from "./regional";
import type { SiteData } from "./site";
import { sourceItems, type SourceItem } from "./sources";
import { trendView, type TrendView } from "./trend";

export interface IndicatorPageModel {
  code: string;
  name: string;
  definition: string;
  decimals: number;
  /** "makin rendah makin baik" / "higher is better". */
  better: string;
  /** Name, unit and direction: the subtitle of the charts. */
  subtitle: string;
  region: string;
  regionShort: string;
  position: PositionView;
  /** The summary in sentences: said once on the page, under the chart. */
  narrative: string[];
  notes: DataNotes;
  trend: TrendView & { props: TrendChartProps };
  /** The "try a target" box, where no official target exists. */
  scenario: { direction: ProgressDirection; points: YearValue[]; targetYear: number; range: [number, number] } | null;
  ranking: (RankingView & { year: number; subtitle: string; sources: string[] }) | null;
  rankHistory: RankHistoryRow[];
  peers: PeersView;
  /** The map, the gap to the leaders and the rank chart, in the ranking's year. */
  regional: RegionalModel | null;
  components: ComponentsModel | null;
  sources: SourceItem[];
}

/** The headline indicators as route parameters (/indikator/ipm …). */
export function indicatorParams(s: SiteData): { kode: string }[] {
  return headlineIndicators(s.dataset).map((i) => ({ kode: i.code.toLowerCase() }));
}

export function findHeadlineIndicator(s: SiteData, kode: string): Indicator | undefined {
  return headlineIndicators(s.dataset).find((i) => i.code.toLowerCase() === kode.toLowerCase());
}

export function indicatorPageModel(s: SiteData, indicator: Indicator, lang: Lang): IndicatorPageModel {
  const d = s.dataset;
  const { focus, planYear } = s;
  const t = dict(lang);
  const ip = t.indicatorPage;
  const st = standing(d, focus.code, indicator.code, planYear);
  const a = st.assessment;
  const p = a.progress;
  const better = indicator.direction === "lower" ? ip.lowerIsBetter : ip.higherIsBetter;
  const subtitle = `${indicator.name[lang]} · ${indicator.unit[lang]} · ${better}`;
  const position = positionView(d, st, planYear, lang);
  const fresh = freshness(d, focus.code, s.asOf).find((f) => f.indicator === indicator.code)!;

  const trend = trendView(d, st, lang, planYear);
  const props: TrendChartProps =
    !a.target && p.latest
      ? {
          ...trend.props,
          scenario: {
            from: { year: p.latest.year, value: p.latest.value },
            year: planYear,
            range: [indicator.min, indicator.max],
            label: ip.trendLegendScenario(planYear),
            pathLabel: ip.trendLegendScenarioPath,
          },
        }
      : trend.props;

  const rankYear = latestRankedYear(d, indicator.code);
  const ranking = rankYear === null ? null : rankRegions(d, indicator.code, rankYear, focus.code);
  const rv = ranking ? rankingView(d, ranking, indicator, focus, lang) : null;
  const peers = peersView(d, indicator, focus, lang);
  const rowsOnPage: ExportRow[] = [...trend.rows, ...(rv?.rows ?? []), ...peers.rows];
  const components = componentsModel(d, indicator, focus, lang);

  return {
    code: indicator.code,
    name: indicator.name[lang],
    definition: indicator.definition[lang],
    decimals: indicator.decimals,
    better,
    subtitle,
    region: focus.name,
    regionShort: focus.shortName,
    position,
    narrative: indicatorNarrative(d, st, position, rankScope(d, focus.code), lang),
    notes: dataNotes(d, st, fresh, lang),
    trend: { ...trend, props },
    scenario:
      !a.target && p.latest
        ? {
            direction: progressDirection(indicator),
            points: a.points.map(({ year, value }) => ({ year, value })),
            targetYear: planYear,
            range: [indicator.min, indicator.max],
          }
        : null,
    ranking:
      ranking && rv
        ? {
            ...rv,
            year: ranking.year,
            subtitle: `${indicator.name[lang]} ${ranking.year} · ${t.client.figure.series}: ${seriesLabel(d, indicator.code, ranking.series, lang)}`,
            sources: sourceNames(rv.rows),
          }
        : null,
    rankHistory: rankHistoryRows(d, indicator.code, focus.code, lang),
    peers,
    regional: regionalModel(s, indicator, ranking?.year ?? null, lang),
    components,
    sources: sourceItems(d, [...rowsOnPage.map((r) => r.source_id), ...(components?.sourceIds ?? [])], lang),
  };
}
