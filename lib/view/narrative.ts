/**
 * Sentences a planner would otherwise write by hand about one index, generated from its Standing so
 * that every number in them is a published value or a figure computed by lib/metrics: the official
 * value and its latest change, the rank, what the target needs against what the trend delivers (on
 * the basis the target was set on), and the status. The sentences are in lib/i18n, whole per language.
 */
import type { Dataset } from "@/lib/data/validate";
import { formatNumber, paceDecimals } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { Standing } from "@/lib/metrics/standing";
import { seriesLabel } from "@/lib/format/labels";
import type { PositionView } from "./position";

export function indicatorNarrative(d: Dataset, s: Standing, v: PositionView, scope: string | null, lang: Lang): string[] {
  const t = dict(lang);
  const w = t.narrative;
  const a = s.assessment;
  const p = a.progress;
  const code = s.indicator.code;
  const region = a.region.shortName;
  const dec = s.indicator.decimals;
  const n = (x: number, k = dec) => formatNumber(Math.abs(x), lang, k);
  if (!s.official || !v.official) return [w.noData(code, region)];
  const sentences = [w.level(code, region, s.official.year, v.official.value, v.official.series), `${v.change}.`];
  if (v.rank) sentences.push(w.rank(v.rank.rank, v.rank.of, v.rank.year, scope, v.rank.lowest, v.rank.highest));

  const goal = a.goal;
  if (!goal) {
    const pace =
      p.pace && p.pace.perYear !== 0
        ? w.noTargetPace(p.pace.from.year, p.pace.to.year, p.pace.perYear > 0, n(p.pace.perYear, paceDecimals(dec)))
        : "";
    const projected = s.projected ? w.noTargetProjection(n(s.projected.value), s.projected.year) : "";
    sentences.push(w.noTarget(v.targetYear, pace, v.trendWord, projected));
    return sentences;
  }
  if (s.basisDiffers && p.latest && a.series)
    sentences.push(w.basis(n(goal.targetValue), seriesLabel(d, code, a.series, lang), p.latest.year, n(p.latest.value)));
  if (p.status === "achieved") sentences.push(w.achieved(goal.targetYear, n(goal.targetValue)));
  else if (p.required === null) sentences.push(w.missed(goal.targetYear, n(goal.targetValue)));
  else {
    const need = w.need(n(goal.targetValue), goal.targetYear, p.required > 0, n(p.required, paceDecimals(dec)));
    const trend =
      p.pace && s.projected
        ? p.pace.perYear !== 0
          ? w.trendMoved(
              p.pace.from.year,
              p.pace.to.year,
              p.pace.perYear > 0,
              n(p.pace.perYear, paceDecimals(dec)),
              code,
              n(s.projected.value),
              s.projected.year,
              v.gap,
            )
          : w.trendFlat(p.pace.from.year, p.pace.to.year)
        : w.onePoint;
    sentences.push(`${need}${trend}.`, w.status(t.status[p.status]));
  }
  return sentences;
}
