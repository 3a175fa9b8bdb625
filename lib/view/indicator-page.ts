/**
 * One indicator's page (/indikator/[kode]): where the focus region stands against its target, the
 * trend chart, the regional ranking and the rank year by year, the peers chart, the components, and
 * every source cited. Everything the page shows, computed here; the components only draw it.
 */
import type { Indicator } from "@/lib/data/schemas";
import { formatNumber, formatPercent, formatSigned, paceDecimals } from "@/lib/format/number";
import { shareText } from "@/lib/format/share";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { assessIndicator, progressDirection } from "@/lib/metrics/assess";
import { headlineIndicators } from "@/lib/metrics/observations";
import type { ProgressDirection, Status, YearValue } from "@/lib/metrics/progress";
import { latestRankedYear, rankRegions } from "@/lib/metrics/rank";
import type { TrendChartProps } from "./chart-types";
import { componentsModel, type ComponentsModel } from "./components";
import { sourceNames, type ExportRow } from "./export-rows";
import { describeFlag } from "./flags";
import { seriesLabel } from "./labels";
import { indicatorNarrative } from "./narrative";
import { peersView, type PeersView } from "./peers";
import { rankHistoryRows, rankingView, type RankHistoryRow, type RankingView } from "./ranking";
import type { SiteData } from "./site";
import { sourceItems, type SourceItem } from "./sources";
import { trendView, type TrendView } from "./trend";

/** A label and its value, both ready to show (figures in the page's number format). */
export interface Fact {
  label: string;
  value: string;
  testId?: string;
}

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
  status: Status;
  narrative: string[];
  facts: Fact[];
  flags: string[];
  trend: TrendView & { summary: string; props: TrendChartProps };
  /** The "try a target" box, where no official target exists. */
  scenario: { direction: ProgressDirection; points: YearValue[]; targetYear: number; range: [number, number] } | null;
  ranking: (RankingView & { year: number; subtitle: string; sources: string[] }) | null;
  rankHistory: RankHistoryRow[];
  peers: PeersView;
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
  const a = assessIndicator(d, focus.code, indicator.code);
  const p = a.progress;
  const better = indicator.direction === "lower" ? ip.lowerIsBetter : ip.higherIsBetter;
  const subtitle = `${indicator.name[lang]} · ${indicator.unit[lang]} · ${better}`;
  const narrative = indicatorNarrative(d, a, lang, planYear);

  const trend = trendView(d, a, lang, planYear);
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

  return {
    code: indicator.code,
    name: indicator.name[lang],
    definition: indicator.definition[lang],
    decimals: indicator.decimals,
    better,
    subtitle,
    region: focus.name,
    regionShort: focus.shortName,
    status: p.status,
    narrative,
    facts: progressFacts(a, lang, planYear),
    flags: a.flags.map((f) => describeFlag(d, f, indicator, lang)),
    trend: { ...trend, props, summary: `${ip.trendSummaryPrefix} ${narrative.join(" ")}` },
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
    components: componentsModel(d, indicator, focus, lang),
    sources: sourceItems(
      d,
      rowsOnPage.map((r) => r.source_id),
      lang,
    ),
  };
}

/** The figures of the progress panel: latest value, baseline and target, share covered, paces, projection. */
function progressFacts(a: ReturnType<typeof assessIndicator>, lang: Lang, planYear: number): Fact[] {
  const o = dict(lang).overview;
  const p = a.progress;
  const dec = a.indicator.decimals;
  const n = (v: number) => formatNumber(v, lang, dec);
  const pace = (v: number) => `${formatSigned(v, lang, paceDecimals(dec))}${o.perYear}`;
  const facts: Fact[] = [];
  if (p.latest) facts.push({ label: o.latest, value: `${n(p.latest.value)} (${p.latest.year})` });
  if (a.target) {
    facts.push({ label: o.baseline, value: `${n(a.target.baselineValue)} (${a.target.baselineYear})` });
    facts.push({ label: `${o.target} ${a.target.targetYear}`, value: n(a.target.targetValue), testId: "target-value" });
  } else {
    facts.push({ label: `${o.target} ${planYear}`, value: o.targetNotSet, testId: "target-value" });
  }
  if (p.share !== null) {
    const share = shareText(p.share, lang);
    facts.push({ label: share.label, value: share.value });
  }
  if (p.required !== null) facts.push({ label: o.requiredPace, value: pace(p.required) });
  if (p.pace) {
    const cagr = p.pace.cagr !== null ? ` (${formatPercent(p.pace.cagr, lang, 2)}${o.perYear})` : "";
    facts.push({ label: `${o.achievedPace} (${p.pace.from.year}–${p.pace.to.year})`, value: `${pace(p.pace.perYear)}${cagr}` });
  }
  if (p.projected) facts.push({ label: o.projected(p.projected.year), value: n(p.projected.value) });
  return facts;
}
