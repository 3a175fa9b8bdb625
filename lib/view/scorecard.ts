/**
 * "Posisi menuju 2029": one row per headline index (latest official value, target, projection and
 * gap, status, rank) under one generated sentence for the whole. The first thing on the overview, the
 * first slide of the deck, and a one-page print. Everything comes from lib/metrics via positionView.
 */
import { formatDate } from "@/lib/format/date";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { standings } from "@/lib/metrics/standing";
import { positionView, rankScope, type PositionView } from "./position";
import type { SiteData } from "./site";

export interface ScorecardModel {
  title: string;
  region: string;
  planYear: number;
  sentence: string;
  rows: (PositionView & { href: string })[];
  /** "Data per 30 November 2026; status: laju saat ini dibandingkan laju yang dibutuhkan." */
  note: string;
}

export function scorecardModel(s: SiteData, lang: Lang): ScorecardModel {
  const t = dict(lang).scorecard;
  const rows = standings(s.dataset, s.focus.code, s.planYear).map((st) => ({
    ...positionView(s.dataset, st, s.planYear, lang),
    href: localePath(lang, `/indikator/${st.indicator.code.toLowerCase()}`),
  }));
  return {
    title: t.title(s.planYear),
    region: s.focus.name,
    planYear: s.planYear,
    sentence: scorecardSentence(rows, s.planYear, rankScope(s.dataset, s.focus.code), lang),
    rows,
    note: t.note(formatDate(s.asOf, lang)),
  };
}

/**
 * The whole in one sentence: how many targets are on track (and what the others are), which indices
 * sit in the bottom or top three of the regional ranking, which have no target yet. E.g. "0 dari 2
 * target 2029 di jalur (IPM perlu percepatan, IKG stagnan). IPG terendah di Provinsi Kalimantan
 * Selatan (13 dari 13); IKG 12 dari 13. IPG dan IDG belum punya target 2029."
 */
export function scorecardSentence(rows: PositionView[], planYear: number, scope: string | null, lang: Lang): string {
  const t = dict(lang).scorecard;
  const list = (items: string[]) => t.list(items);
  const withTarget = rows.filter((r) => r.target !== null);
  const onTrack = withTarget.filter((r) => r.status === "on-track" || r.status === "achieved");
  const others = withTarget.filter((r) => !onTrack.includes(r)).map((r) => t.indexStatus(r.code, r.statusWord.toLowerCase()));
  const parts: string[] = [
    withTarget.length
      ? t.onTrack(onTrack.length, withTarget.length, planYear, others.length ? list(others) : null)
      : t.noTargets(planYear),
  ];
  const ranked = rows.filter((r) => r.rank);
  const low = ranked.filter((r) => r.rank!.lowest).map((r) => t.lowest(r.code, scope, r.rank!.text));
  // The bottom three (the last is said as "lowest") and the first, where the ranking is long enough to matter.
  const nearLow = ranked
    .filter((r) => !r.rank!.lowest && r.rank!.of >= 6 && r.rank!.rank > r.rank!.of - 3)
    .map((r) => t.rankAt(r.code, r.rank!.text));
  const high = ranked.filter((r) => r.rank!.highest).map((r) => t.highest(r.code, scope, r.rank!.text));
  if (low.length || nearLow.length || high.length) parts.push(t.ranks([...low, ...nearLow, ...high]));
  const noTarget = rows.filter((r) => r.target === null).map((r) => r.code);
  if (noTarget.length && withTarget.length) parts.push(t.withoutTarget(list(noTarget), noTarget.length, planYear));
  return parts.join(" ");
}
