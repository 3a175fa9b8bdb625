/**
 * The meeting deck as data: one model that both the on-screen presentation (/presentasi) and the
 * PowerPoint file are drawn from, so the two always say the same thing. The scorecard first; then one
 * message per slide: an index with a target shows its trend toward it, one without leads with its
 * rank and the missing target; then what the office must confirm, the institutions, the sources.
 * Every slide carries its source line and speaker notes with the narrative.
 */
import type { Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { freshness } from "@/lib/metrics/freshness";
import { latestApe } from "@/lib/metrics/institutions";
import { sourceOf } from "@/lib/metrics/observations";
import type { Status } from "@/lib/metrics/progress";
import { rankRegions } from "@/lib/metrics/rank";
import { standings, type Standing } from "@/lib/metrics/standing";
import type { RankingBar, RankingReference, TrendChartProps } from "@/lib/chart/types";
import { dataNotes, type DecisionView } from "./data-notes";
import { sourceNames, type ExportRow } from "@/lib/export/rows";
import { indicatorNarrative } from "./narrative";
import { positionView, rankScope, type PositionView } from "./position";
import { rankingView } from "./ranking";
import { scorecardSentence } from "./scorecard";
import type { SiteData } from "./site";
import { trendView } from "./trend";

interface SlideBase {
  title: string;
  /** What the presenter says: shown on screen with the notes toggle, and in the .pptx speaker notes. */
  notes: string[];
}

export type DeckSlide = SlideBase &
  (
    | { kind: "scorecard"; region: string; sentence: string; rows: PositionView[]; planYear: number; source: string }
    | {
        kind: "indicator";
        code: string;
        name: string;
        status: Status;
        statusLabel: string;
        lead: string;
        trend: TrendChartProps;
        source: string;
      }
    | {
        kind: "rank";
        code: string;
        name: string;
        status: Status;
        statusLabel: string;
        lead: string;
        chartTitle: string;
        /** Whether higher values are better, so the PowerPoint chart can say which side is ahead. */
        direction: "higher" | "lower";
        year: number;
        decimals: number;
        bars: RankingBar[];
        references: RankingReference[];
        source: string;
      }
    | { kind: "decisions"; items: DecisionView[]; source: string }
    | { kind: "institutions"; items: { when: string; text: string; tone: "good" | "bad" | "neutral" }[]; source: string }
    | { kind: "sources"; items: string[]; footer: string }
  );

export interface Deck {
  lang: Lang;
  title: string;
  region: string;
  slides: DeckSlide[];
}

export function buildDeck(s: SiteData, lang: Lang): Deck {
  const d = s.dataset;
  const focus = s.focus;
  const k = dict(lang).deck;
  const all = standings(d, focus.code, s.planYear);
  const views = all.map((st) => positionView(d, st, s.planYear, lang));
  const scope = rankScope(d, focus.code);
  const fresh = freshness(d, focus.code, s.asOf);
  const notes = all.map((st, i) => dataNotes(d, st, fresh[i]!, lang));
  const cited = new Set<string>();
  const slides: DeckSlide[] = [
    scorecardSlide(s, views, scope, lang, all, cited),
    // Each index: its trend toward the target where there is one, then its rank (one ranking slide per index).
    ...all.flatMap((st, i) => [
      ...(st.assessment.goal ? [indicatorSlide(s, st, views[i]!, scope, notes[i]!.methodBreak, lang, cited)] : []),
      rankSlide(s, st, views[i]!, scope, lang, cited),
    ]),
  ];
  const decisions = notes.flatMap((n) => n.decisions);
  if (decisions.length) slides.push(decisionsSlide(d, all, decisions, lang));
  slides.push(institutionsSlide(d, focus, lang, cited));
  slides.push(sourcesSlide(d, cited, lang));
  return { lang, title: k.title(focus.name), region: focus.name, slides };
}

function scorecardSlide(
  s: SiteData,
  rows: PositionView[],
  scope: string | null,
  lang: Lang,
  all: Standing[],
  cited: Set<string>,
): DeckSlide {
  const t = dict(lang);
  const sentence = scorecardSentence(rows, s.planYear, scope, lang);
  const sources = all.flatMap((st) => (st.official ? [st.official.source] : []));
  sources.forEach((id) => cited.add(id));
  const lastYear = Math.max(...all.map((st) => st.official?.year ?? 0));
  const names = [...new Set(sources.map((id) => sourceShortName(sourceOf(s.dataset, id), lang)))];
  return {
    kind: "scorecard",
    title: `${t.scorecard.title(s.planYear)} · ${s.focus.name}`,
    region: s.focus.name,
    sentence,
    rows,
    planYear: s.planYear,
    source: `${t.client.figure.source}: ${names.join("; ")} · ${t.client.figure.lastYear} ${lastYear}`,
    notes: [
      sentence,
      ...rows.map((r) =>
        t.deck.rowNote(
          r.code,
          r.official ? `${r.official.value} (${r.official.year})` : null,
          r.target,
          r.projection?.value ?? null,
          r.gap,
          r.statusWord,
          r.rank?.text ?? null,
        ),
      ),
      t.deck.statusNote,
    ],
  };
}

function indicatorSlide(
  s: SiteData,
  st: Standing,
  v: PositionView,
  scope: string | null,
  methodBreak: string | null,
  lang: Lang,
  cited: Set<string>,
): DeckSlide {
  const t = dict(lang);
  const trend = trendView(s.dataset, st, lang, s.planYear);
  trend.rows.forEach((r) => cited.add(r.source_id));
  const narrative = indicatorNarrative(s.dataset, st, v, scope, lang);
  return {
    kind: "indicator",
    code: v.code,
    name: v.name,
    title: trend.title,
    status: v.status,
    statusLabel: v.statusWord,
    lead: t.deck.indicatorLead(
      v.change,
      v.projection?.value ?? null,
      v.projection?.year ?? s.planYear,
      v.projection?.basis ?? null,
      v.gap,
    ),
    trend: trend.props,
    source: sourceLine(trend.rows, trend.lastYear, lang),
    notes: [...narrative, ...(v.basis ? [v.basis] : []), ...(methodBreak ? [methodBreak] : [])],
  };
}

/** An index's rank among the regencies and cities; without a target, the missing target leads with it. */
function rankSlide(s: SiteData, st: Standing, v: PositionView, scope: string | null, lang: Lang, cited: Set<string>): DeckSlide {
  const t = dict(lang);
  const d = s.dataset;
  const ranking = st.rank ? rankRegions(d, v.code, st.rank.year, s.focus.code) : null;
  const view = ranking ? rankingView(d, ranking, st.indicator, s.focus, lang) : null;
  view?.rows.forEach((r) => cited.add(r.source_id));
  const narrative = indicatorNarrative(d, st, v, scope, lang);
  return {
    kind: "rank",
    code: v.code,
    name: v.name,
    title: t.deck.rankTitle(
      v.code,
      s.focus.shortName,
      v.rank?.text ?? null,
      v.rank?.lowest ?? false,
      v.rank?.highest ?? false,
      scope,
      st.assessment.goal ? null : s.planYear,
    ),
    status: v.status,
    statusLabel: v.statusWord,
    lead: t.deck.rankLead(v.change, v.pace, v.trendWord),
    chartTitle: view?.title ?? "",
    direction: st.indicator.direction === "lower" ? "lower" : "higher",
    year: ranking?.year ?? 0,
    decimals: st.indicator.decimals,
    bars: view?.bars ?? [],
    references: view?.references ?? [],
    source: view ? sourceLine(view.rows, ranking!.year, lang) : "",
    notes: narrative,
  };
}

function decisionsSlide(d: Dataset, all: Standing[], items: DecisionView[], lang: Lang): DeckSlide {
  const t = dict(lang);
  const target = all.find((st) => st.assessment.target)?.assessment.target;
  return {
    kind: "decisions",
    title: t.deck.decisionsTitle(t.scorecard.list(items.map((x) => x.indicator))),
    items,
    source: target ? `${t.client.figure.source}: ${sourceShortName(sourceOf(d, target.source), lang)}; BPS` : "",
    notes: items.flatMap((x) => [
      x.title,
      x.used,
      ...x.outcomes.map((o) => `${o.label}: ${o.statusWord} (${o.detail}).`),
      x.verdict,
      x.step,
    ]),
  };
}

function sourceLine(rows: ExportRow[], lastYear: number | null, lang: Lang): string {
  const t = dict(lang).client.figure;
  return `${t.source}: ${sourceNames(rows).join("; ")}${lastYear ? ` · ${t.lastYear} ${lastYear}` : ""}`;
}

/** Institutions: the award result, the halt, and what is under way or planned; details in the notes. */
function institutionsSlide(d: Dataset, focus: Region, lang: Lang, cited: Set<string>): DeckSlide {
  const t = dict(lang);
  const items: { when: string; text: string; tone: "good" | "bad" | "neutral" }[] = [];
  const notes: string[] = [];
  const span = (a: number, b: number | null) => (b ? `${a}–${b}` : String(a));
  const sources = new Set<string>();
  const ape = latestApe(d, focus.code);
  if (ape) {
    items.push({
      when: String(ape.year),
      text: `APE/PPE: ${t.ape[ape.predicate]}`,
      tone: ape.predicate === "non-ape" ? "bad" : "good",
    });
    notes.push(`${ape.year}: APE/PPE ${t.ape[ape.predicate]}.`);
    sources.add(ape.source);
  }
  for (const m of d.milestones) {
    if (m.status !== "halted" && m.status !== "in-progress" && m.status !== "planned") continue;
    items.push({ when: span(m.startYear, m.endYear), text: m.title[lang], tone: m.status === "halted" ? "bad" : "neutral" });
    notes.push(
      `${span(m.startYear, m.endYear)}: ${m.title[lang]} (${t.institutions.status[m.status].toLowerCase()}).${m.detail ? ` ${m.detail[lang]}` : ""}`,
    );
    sources.add(m.source);
  }
  sources.forEach((s) => cited.add(s));
  return {
    kind: "institutions",
    title: t.deck.institutionsTitle(focus.shortName),
    items,
    source: `${t.client.figure.source}: ${[...sources].map((s) => sourceShortName(sourceOf(d, s), lang)).join("; ")}`,
    notes,
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
    notes: [k.sourcesFooter],
  };
}
