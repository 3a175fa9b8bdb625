/**
 * Sentences a planner would otherwise write by hand, generated from the assessment so that every
 * number in them is a published value or a figure computed by lib/metrics. The sentences themselves
 * are in lib/i18n, written whole in each language.
 */
import type { Dataset } from "@/lib/data/validate";
import { formatNumber, paceDecimals } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { IndicatorAssessment } from "@/lib/metrics/assess";
import { seriesLabel } from "./labels";

/** The headline sentences for one indicator: level and change, then what the target needs. */
export function indicatorNarrative(d: Dataset, a: IndicatorAssessment, lang: Lang, planYear: number): string[] {
  const { progress: p, indicator, region } = a;
  const t = dict(lang);
  const w = t.narrative;
  const dec = indicator.decimals;
  const pdec = paceDecimals(dec);
  const n = (v: number, k = dec) => formatNumber(Math.abs(v), lang, k);
  const code = indicator.code;
  const name = region.shortName;
  if (!p.latest) return [w.noData(code, name)];
  const sentences: string[] = [];

  // 1. Level and change since the previous year with data.
  const seriesNote = a.seriesBasis === "baseline-match" && a.series ? w.seriesNote(seriesLabel(d, code, a.series, lang)) : "";
  let first = w.level(code, name, p.latest.year, n(p.latest.value), seriesNote);
  if (p.previous && p.changeSincePrevious !== null) {
    const c = p.changeSincePrevious;
    first +=
      c > 0 ? w.changeUp(n(c), p.previous.year) : c < 0 ? w.changeDown(n(c), p.previous.year) : w.unchanged(p.previous.year);
  }
  sentences.push(`${first}.`);

  // 2. What the target needs against what the trend delivers.
  if (a.goal) {
    const goal = a.goal;
    const scenario = a.scenario !== null;
    if (p.status === "achieved") {
      sentences.push(w.achieved(scenario, goal.targetYear, n(goal.targetValue)));
    } else if (p.required !== null) {
      const need = w.need(n(goal.targetValue), goal.targetYear, scenario, p.required > 0, n(p.required, pdec));
      const trend =
        p.pace && p.projected
          ? p.pace.perYear !== 0
            ? w.trendMoved(
                p.pace.from.year,
                p.pace.to.year,
                p.pace.perYear > 0,
                n(p.pace.perYear, pdec),
                code,
                n(p.projected.value),
                p.projected.year,
              )
            : w.trendFlat(p.pace.from.year, p.pace.to.year)
          : w.onePoint;
      sentences.push(`${need}${trend}.`);
      sentences.push(w.status(t.status[p.status]));
    } else {
      sentences.push(w.missed(goal.targetYear, n(goal.targetValue)));
    }
  } else {
    const pace = p.pace;
    const trend = a.trendWithoutTarget ? t.trend[a.trendWithoutTarget] : null;
    const paceText =
      pace && pace.perYear !== 0
        ? w.noTargetPace(pace.from.year, pace.to.year, pace.perYear > 0, n(pace.perYear, pdec), trend)
        : "";
    sentences.push(w.noTarget(planYear, paceText));
  }

  // 3. The series BPS now headlines, when progress was measured in another one.
  for (const f of a.flags) {
    if (f.kind === "other-series" && a.goal) {
      sentences.push(w.otherSeries(seriesLabel(d, code, f.series, lang), n(f.latest.value), f.latest.year));
    }
  }
  return sentences;
}
