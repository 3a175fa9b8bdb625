/**
 * The overview page (/): the scorecard "Posisi menuju 2029" first, then one card per headline index
 * with its trend and position in words, then the institutional status in brief.
 */
import type { ApePredicate } from "@/lib/data/schemas";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { latestApe } from "@/lib/metrics/institutions";
import { seriesPoints, seriesWithData } from "@/lib/metrics/observations";
import type { YearValue } from "@/lib/metrics/progress";
import { standings, type Standing } from "@/lib/metrics/standing";
import type { PositionView } from "./position";
import { scorecardModel, type ScorecardModel } from "./scorecard";
import type { SiteData } from "./site";

export interface IndicatorCardModel extends PositionView {
  decimals: number;
  /** The official series as the line, the region's other series grey behind it, the target only when it is on the same series. */
  spark: { points: YearValue[]; context: YearValue[][]; target: YearValue | null; label: string } | null;
  href: string;
}

export interface OverviewModel {
  region: string;
  scorecard: ScorecardModel;
  cards: IndicatorCardModel[];
  institutions: { ape: { year: number; predicate: ApePredicate } | null; items: { when: string; title: string; key: string }[] };
}

export function overviewModel(s: SiteData, lang: Lang): OverviewModel {
  const d = s.dataset;
  const scorecard = scorecardModel(s, lang);
  const ape = latestApe(d, s.focus.code);
  const current = d.milestones.filter((m) => m.status === "in-progress" || m.status === "planned");
  const lastHalt = [...d.milestones].reverse().find((m) => m.status === "halted");
  const span = (a: number, b: number | null) => (b ? `${a}–${b}` : String(a));
  return {
    region: s.focus.name,
    scorecard,
    cards: standings(d, s.focus.code, s.planYear).map((st, i) => ({
      ...scorecard.rows[i]!,
      decimals: st.indicator.decimals,
      spark: spark(s, st, lang),
    })),
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

function spark(s: SiteData, st: Standing, lang: Lang): IndicatorCardModel["spark"] {
  const d = s.dataset;
  const code = st.indicator.code;
  const region = s.focus.code;
  if (!st.official) return null;
  const line = (series: string) => seriesPoints(d, region, code, series).map(({ year, value }) => ({ year, value }));
  const points = line(st.official.series);
  const context = seriesWithData(d, region, code)
    .filter((series) => series !== st.official!.series)
    .map(line);
  const goal = st.assessment.goal;
  return {
    points,
    context,
    target: goal && !st.basisDiffers ? { year: goal.targetYear, value: goal.targetValue } : null,
    label: dict(lang).overview.sparkLabel(code, points[0]!.year, points.at(-1)!.year, context.length),
  };
}
