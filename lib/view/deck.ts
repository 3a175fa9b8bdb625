/**
 * The meeting deck as data: one model that both the on-screen presentation (/presentasi) and the
 * PowerPoint file are drawn from, so the two always say the same thing. Every number comes from the
 * assessment and the data; every slide carries its source line.
 */
import type { RankingBar, RankingReference, TrendChartProps } from "./chart-types";
import type { Dataset } from "@/lib/data/validate";
import type { Region } from "@/lib/data/schemas";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { assessIndicator, type IndicatorAssessment } from "@/lib/metrics/assess";
import { latestApe } from "@/lib/metrics/institutions";
import { sourceOf } from "@/lib/metrics/observations";
import type { Status } from "@/lib/metrics/progress";
import { latestRankedYear, rankRegions } from "@/lib/metrics/rank";
import { headlineIndicators } from "@/lib/metrics/observations";
import { sourceNames } from "./export-rows";
import { seriesLabel } from "./labels";
import { indicatorNarrative } from "./narrative";
import { rankingView } from "./ranking";
import { trendView } from "./trend";

export type DeckSlide =
  | { kind: "title"; title: string; subtitle: string; meta: string }
  | {
      kind: "indicator";
      code: string;
      name: string;
      title: string;
      status: Status;
      statusLabel: string;
      sentences: string[];
      trend: TrendChartProps;
      unit: string;
      source: string;
    }
  | {
      kind: "ranking";
      title: string;
      ranks: { code: string; rank: number | null; of: number; year: number | null; series: string }[];
      chartTitle: string;
      indicator: string;
      year: number;
      decimals: number;
      bars: RankingBar[];
      references: RankingReference[];
      source: string;
    }
  | {
      kind: "institutions";
      title: string;
      items: { when: string; text: string; tone: "good" | "bad" | "neutral" }[];
      source: string;
    }
  | { kind: "sources"; title: string; items: string[]; footer: string };

export interface Deck {
  lang: Lang;
  title: string;
  region: string;
  slides: DeckSlide[];
}

export function buildDeck(d: Dataset, focus: Region, planYear: number, lang: Lang): Deck {
  const k = dict(lang).deck;
  const assessments = headlineIndicators(d).map((i) => assessIndicator(d, focus.code, i.code));
  const lastYear = Math.max(...assessments.map((a) => a.progress.latest?.year ?? 0));
  const cited = new Set<string>();
  const slides: DeckSlide[] = [
    { kind: "title", title: k.title(focus.name), subtitle: k.subtitle(planYear), meta: k.meta(lastYear) },
    ...assessments.map((a) => indicatorSlide(d, a, planYear, lang, cited)),
  ];
  const ranking = rankingSlide(d, focus, lang, cited);
  if (ranking) slides.push(ranking);
  slides.push(institutionsSlide(d, focus, lang, cited));
  slides.push(sourcesSlide(d, cited, lang));
  return { lang, title: k.title(focus.name), region: focus.name, slides };
}

function indicatorSlide(d: Dataset, a: IndicatorAssessment, planYear: number, lang: Lang, cited: Set<string>): DeckSlide {
  const t = dict(lang);
  const trend = trendView(d, a, lang, planYear);
  trend.rows.forEach((r) => cited.add(r.source_id));
  return {
    kind: "indicator",
    code: a.indicator.code,
    name: a.indicator.name[lang],
    title: trend.title,
    status: a.progress.status,
    statusLabel: t.status[a.progress.status],
    sentences: indicatorNarrative(d, a, lang, planYear),
    trend: trend.props,
    unit: `${a.indicator.name[lang]} · ${a.indicator.unit[lang]}`,
    source: `${t.client.figure.source}: ${sourceNames(trend.rows).join("; ")}${trend.lastYear ? ` · ${t.client.figure.lastYear} ${trend.lastYear}` : ""}`,
  };
}

/** The focus region's rank on each index, and the ranking chart of the index where it stands lowest. */
function rankingSlide(d: Dataset, focus: Region, lang: Lang, cited: Set<string>): DeckSlide | null {
  const t = dict(lang);
  const indicators = headlineIndicators(d);
  const ranks = indicators.map((i) => {
    const year = latestRankedYear(d, i.code);
    const r = year === null ? null : rankRegions(d, i.code, year, focus.code);
    const me = r?.ranked.find((x) => x.region === focus.code);
    return {
      code: i.code,
      rank: me?.rank ?? null,
      of: r?.ranked.length ?? 0,
      year,
      series: r ? seriesLabel(d, i.code, r.series, lang) : "",
      ranking: r,
    };
  });
  const worst = [...ranks].filter((r) => r.rank !== null && r.ranking).sort((a, b) => b.rank! / b.of - a.rank! / a.of)[0];
  if (!worst?.ranking) return null;
  const ind = indicators.find((i) => i.code === worst.code)!;
  const view = rankingView(d, worst.ranking, ind, focus, lang);
  view.rows.forEach((r) => cited.add(r.source_id));
  return {
    kind: "ranking",
    title: t.deck.rankingTitle(focus.shortName, worst.of),
    ranks: ranks.map(({ code, rank, of, year, series }) => ({ code, rank, of, year, series })),
    chartTitle: view.title,
    indicator: ind.code,
    year: worst.ranking.year,
    decimals: ind.decimals,
    bars: view.bars,
    references: view.references,
    source: `${t.client.figure.source}: ${sourceNames(view.rows).join("; ")} · ${t.client.figure.lastYear} ${worst.ranking.year}`,
  };
}

/** Institutions: the award result, the halt, and what is under way or planned. */
function institutionsSlide(d: Dataset, focus: Region, lang: Lang, cited: Set<string>): DeckSlide {
  const t = dict(lang);
  const items: { when: string; text: string; tone: "good" | "bad" | "neutral" }[] = [];
  const span = (a: number, b: number | null) => (b ? `${a}–${b}` : String(a));
  const sources = new Set<string>();
  const ape = latestApe(d, focus.code);
  if (ape) {
    items.push({
      when: String(ape.year),
      text: `APE/PPE: ${t.ape[ape.predicate]}`,
      tone: ape.predicate === "non-ape" ? "bad" : "good",
    });
    sources.add(ape.source);
  }
  for (const m of d.milestones) {
    if (m.status !== "halted" && m.status !== "in-progress" && m.status !== "planned") continue;
    items.push({
      when: span(m.startYear, m.endYear),
      text: `${m.title[lang]}${m.detail ? ` — ${m.detail[lang]}` : ""}`,
      tone: m.status === "halted" ? "bad" : "neutral",
    });
    sources.add(m.source);
  }
  sources.forEach((s) => cited.add(s));
  return {
    kind: "institutions",
    title: t.deck.institutionsTitle(focus.shortName),
    items,
    source: `${t.client.figure.source}: ${[...sources].map((s) => sourceShortName(sourceOf(d, s), lang)).join("; ")}`,
  };
}

/** One line per publisher: the four BPS IPM export files are one source to an audience. */
function sourcesSlide(d: Dataset, cited: Set<string>, lang: Lang): DeckSlide {
  const k = dict(lang).deck;
  const byPublisher = new Map<string, string[]>();
  for (const s of [...cited].map((id) => sourceOf(d, id))) {
    const name = sourceShortName(s, lang);
    byPublisher.set(name, [...(byPublisher.get(name) ?? []), s.title]);
  }
  return {
    kind: "sources",
    title: k.sourcesTitle,
    items: [...byPublisher].map(([name, titles]) =>
      titles.length === 1 ? `${name}: ${titles[0]}` : `${name}: ${k.sourcesCount(titles.length)}`,
    ),
    footer: k.sourcesFooter,
  };
}
