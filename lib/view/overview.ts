/**
 * The overview page (/): one card per headline index with exactly what the card shows, the
 * generated sentences, and the institutional status in brief.
 */
import type { ApePredicate } from "@/lib/data/schemas";
import { assessIndicator, type IndicatorAssessment } from "@/lib/metrics/assess";
import { latestApe } from "@/lib/metrics/institutions";
import { headlineIndicators, seriesPoints, seriesWithData, sourceOf } from "@/lib/metrics/observations";
import type { Status, TrendClass, YearValue } from "@/lib/metrics/progress";
import { sourceShortName } from "@/lib/format/source";
import type { Lang } from "@/lib/i18n/lang";
import { briefFlag } from "./flags";
import { seriesLabel } from "./labels";
import { indicatorNarrative } from "./narrative";
import type { SiteData } from "./site";

export interface IndicatorCardModel {
  code: string;
  name: string;
  decimals: number;
  status: Status;
  latest: YearValue | null;
  change: { value: number; since: number } | null;
  /** The series the figures are in, named when the region has more than one. */
  series: string | null;
  spark: { points: YearValue[]; context: YearValue[][]; target: YearValue | null } | null;
  target: { baseline: YearValue; target: YearValue } | null;
  planYear: number;
  required: number | null;
  pace: { perYear: number; from: number; to: number } | null;
  projected: YearValue | null;
  trendWithoutTarget: TrendClass | null;
  share: number | null;
  notes: string[];
  source: string | null;
  targetSource: string | null;
}

export interface OverviewModel {
  region: string;
  planYear: number;
  cards: IndicatorCardModel[];
  narrative: string[];
  institutions: { ape: { year: number; predicate: ApePredicate } | null; items: { when: string; title: string; key: string }[] };
}

export function overviewModel(s: SiteData, lang: Lang): OverviewModel {
  const d = s.dataset;
  const assessments = headlineIndicators(d).map((i) => assessIndicator(d, s.focus.code, i.code));
  const ape = latestApe(d, s.focus.code);
  const current = d.milestones.filter((m) => m.status === "in-progress" || m.status === "planned");
  const lastHalt = [...d.milestones].reverse().find((m) => m.status === "halted");
  const span = (a: number, b: number | null) => (b ? `${a}–${b}` : String(a));
  return {
    region: s.focus.name,
    planYear: s.planYear,
    cards: assessments.map((a) => cardModel(s, a, lang)),
    narrative: assessments.map((a) => indicatorNarrative(d, a, lang, s.planYear).join(" ")),
    institutions: {
      ape: ape ? { year: ape.year, predicate: ape.predicate } : null,
      items: [...(lastHalt ? [lastHalt] : []), ...current].map((m) => ({
        key: m.id,
        when: span(m.startYear, m.endYear),
        title: m.title[lang],
      })),
    },
  };
}

function cardModel(s: SiteData, a: IndicatorAssessment, lang: Lang): IndicatorCardModel {
  const d = s.dataset;
  const { indicator, progress: p } = a;
  const code = indicator.code;
  const latestPoint = a.points.at(-1);
  const context = seriesWithData(d, a.region.code, code)
    .filter((series) => series !== a.series)
    .map((series) => seriesPoints(d, a.region.code, code, series).map(({ year, value }) => ({ year, value })));
  return {
    code,
    name: indicator.name[lang],
    decimals: indicator.decimals,
    status: p.status,
    latest: p.latest,
    change: p.changeSincePrevious !== null && p.previous ? { value: p.changeSincePrevious, since: p.previous.year } : null,
    series: a.series && a.seriesBasis !== "only-series" ? seriesLabel(d, code, a.series, lang) : null,
    spark: a.points.length
      ? {
          points: a.points.map(({ year, value }) => ({ year, value })),
          context,
          target: a.goal ? { year: a.goal.targetYear, value: a.goal.targetValue } : null,
        }
      : null,
    target: a.target
      ? {
          baseline: { year: a.target.baselineYear, value: a.target.baselineValue },
          target: { year: a.target.targetYear, value: a.target.targetValue },
        }
      : null,
    planYear: s.planYear,
    required: p.required,
    pace: p.pace ? { perYear: p.pace.perYear, from: p.pace.from.year, to: p.pace.to.year } : null,
    projected: p.projected,
    trendWithoutTarget: a.goal ? null : a.trendWithoutTarget,
    share: p.share,
    notes: a.flags.map((f) => briefFlag(d, f, indicator, lang)).filter((x): x is string => x !== null),
    source: latestPoint ? sourceShortName(sourceOf(d, latestPoint.source), lang) : null,
    targetSource: a.target ? sourceShortName(sourceOf(d, a.target.source), lang) : null,
  };
}
