/**
 * One index's position toward the plan year, in words and formatted figures: what the scorecard, the
 * overview card, the indicator page and the deck say about it. Built from one Standing, so the status
 * word, the bar, the change and the pace on any of them can never contradict each other.
 */
import type { Dataset } from "@/lib/data/validate";
import { formatNumber, formatPercent, formatSigned, paceDecimals } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { sourceOf } from "@/lib/metrics/observations";
import type { Status } from "@/lib/metrics/progress";
import { rankedRegions } from "@/lib/metrics/rank";
import type { Standing } from "@/lib/metrics/standing";
import { seriesLabel } from "@/lib/format/labels";

export interface PositionView {
  code: string;
  name: string;
  status: Status;
  statusWord: string;
  /** The trend class in words, where there is no target. */
  trendWord: string | null;
  /** "72,42 (2024)"; null without data. */
  official: { value: string; year: number; series: string | null; source: string } | null;
  /** "75,37", or null when no target is set. */
  target: string | null;
  targetYear: number;
  /** In brief, for a table cell: the basis the target was set on, and its computed equivalent on the official series. */
  targetBasis: string | null;
  /** "Baseline RPJMD 70,61 (tertulis 2023; sama dengan nilai BPS 2024, metode lama, dilanjutkan)". */
  baseline: string | null;
  /** Which series progress is measured in, and why, when that is not the official series. */
  basis: string | null;
  /** The bar, only when there is data after the baseline and the value moved toward the target. */
  bar: { share: number; label: string; spoken: string } | null;
  /** What replaces the bar otherwise: "Belum ada data setelah baseline" / "Menjauh dari target …". */
  progressNote: string | null;
  /** The latest change, said against the trend where they disagree. */
  change: string;
  pace: string | null;
  required: string | null;
  /** The plan year's value at the current pace, with its basis when that is not the official series. */
  projection: { value: string; year: number; basis: string | null } | null;
  /** "2,61 di bawah target" / "mencapai target". */
  gap: string | null;
  rank: { rank: number; of: number; text: string; year: number; lowest: boolean; highest: boolean } | null;
}

export function positionView(d: Dataset, s: Standing, planYear: number, lang: Lang): PositionView {
  const t = dict(lang);
  const w = t.position;
  const a = s.assessment;
  const p = a.progress;
  const code = s.indicator.code;
  const dec = s.indicator.decimals;
  const n = (v: number) => formatNumber(v, lang, dec);
  const pace = (v: number) => `${formatSigned(v, lang, paceDecimals(dec))}${w.perYear}`;
  const label = (series: string) => seriesLabel(d, code, series, lang);
  const basisLabel = a.series ? label(a.series) : null;
  const manySeries = a.seriesBasis !== "only-series";
  return {
    code,
    name: s.indicator.name[lang],
    status: s.status,
    statusWord: t.status[s.status],
    trendWord: a.trendWithoutTarget ? t.trend[a.trendWithoutTarget] : null,
    official: s.official
      ? {
          value: n(s.official.value),
          year: s.official.year,
          series: manySeries ? label(s.official.series) : null,
          source: sourceShortName(sourceOf(d, s.official.source), lang),
        }
      : null,
    target: a.target ? n(a.target.targetValue) : null,
    targetYear: a.target?.targetYear ?? planYear,
    targetBasis:
      a.target && s.basisDiffers && basisLabel && s.official
        ? w.targetBasisBrief(basisLabel, s.restatedTarget ? n(s.restatedTarget.value) : null, label(s.official.series))
        : null,
    baseline: baselineText(d, s, lang),
    basis:
      s.basisDiffers && a.target && basisLabel && s.baselineAsPublished
        ? w.basis(n(a.target.targetValue), basisLabel, n(a.target.baselineValue), s.baselineAsPublished.year)
        : null,
    ...progress(s, lang),
    change: changeText(s, lang),
    pace: p.pace ? w.paceSpan(pace(p.pace.perYear), p.pace.from.year, p.pace.to.year) : null,
    required: p.required !== null ? pace(p.required) : null,
    projection: s.projected
      ? { value: n(s.projected.value), year: s.projected.year, basis: s.basisDiffers ? basisLabel : null }
      : null,
    gap: gapText(s, lang),
    rank: s.rank
      ? {
          rank: s.rank.rank,
          of: s.rank.of,
          text: t.indicatorPage.rankOf(s.rank.rank, s.rank.of),
          year: s.rank.year,
          lowest: s.rank.rank === s.rank.of && s.rank.of > 1,
          highest: s.rank.rank === 1,
        }
      : null,
  };
}

/** The baseline as the plan writes it, and what BPS publishes for it when that differs or the year does. */
function baselineText(d: Dataset, s: Standing, lang: Lang): string | null {
  const w = dict(lang).position;
  const target = s.assessment.target;
  if (!target) return null;
  const n = (v: number) => formatNumber(v, lang, s.indicator.decimals);
  const matched = s.baselineAsPublished;
  if (matched && matched.year !== target.baselineYear)
    return w.baselineMatchedOtherYear(
      n(target.baselineValue),
      target.baselineYear,
      matched.year,
      seriesLabel(d, s.indicator.code, matched.series, lang),
    );
  const bps = s.assessment.points.find((pt) => pt.year === target.baselineYear);
  if (bps && bps.value !== target.baselineValue)
    return w.baselineDiffers(n(target.baselineValue), target.baselineYear, n(bps.value));
  return w.baseline(n(target.baselineValue), target.baselineYear);
}

/** The bar is drawn only for movement toward the target after the baseline; otherwise a sentence says why not. */
function progress(s: Standing, lang: Lang): Pick<PositionView, "bar" | "progressNote"> {
  const w = dict(lang).position;
  const share = s.assessment.progress.share;
  if (!s.assessment.goal || share === null) return { bar: null, progressNote: null };
  if (!s.dataAfterBaseline) return { bar: null, progressNote: w.noDataAfterBaseline };
  const pct = formatPercent(Math.abs(share), lang, 0);
  if (share <= 0) return { bar: null, progressNote: w.movedAway(pct) };
  return { bar: { share: Math.min(1, share), label: w.covered, spoken: w.coveredSpoken(pct) }, progressNote: null };
}

/** The official value's latest change in words; a good year inside a flat or adverse trend says both. */
function changeText(s: Standing, lang: Lang): string {
  const w = dict(lang).position;
  const t = dict(lang);
  const c = s.officialChange;
  const p = s.assessment.progress;
  if (!c) return w.noPrevious;
  const step = formatNumber(Math.abs(c.value), lang, s.indicator.decimals);
  const moved = c.value === 0 ? w.unchanged(c.from, c.to) : w.moved(c.value > 0, step, c.from, c.to);
  if (s.yearVersusTrend === "agrees" || !p.pace) return moved;
  const span = `${p.pace.from.year}–${p.pace.to.year}`;
  const trend = s.assessment.goal
    ? s.status === "on-track"
      ? w.trendOnTrack(span)
      : s.status === "moving-away"
        ? w.trendAway(span)
        : w.trendFlat(span)
    : w.trendClass(span, t.trend[s.assessment.trendWithoutTarget!].toLowerCase());
  return w.butTrend(moved, trend);
}

/** Where the projection ends against the target, in the index's own terms (above or below it). */
function gapText(s: Standing, lang: Lang): string | null {
  const w = dict(lang).position;
  if (s.gap === null || !s.projected) return null;
  const better = s.indicator.direction === "lower" ? -1 : 1;
  if (s.gap * better <= 0) return w.reachesTarget;
  return w.gap(formatNumber(Math.abs(s.gap), lang, s.indicator.decimals), s.gap > 0);
}

/** "di Provinsi Kalimantan Selatan" when every ranked regency/city shares the focus region's province; else null. */
export function rankScope(d: Dataset, region: string): string | null {
  const focus = d.regions.find((r) => r.code === region);
  const parent = focus?.parent ? d.regions.find((r) => r.code === focus.parent) : undefined;
  if (!parent) return null;
  return rankedRegions(d).every((r) => r.parent === parent.code) ? parent.name : null;
}
