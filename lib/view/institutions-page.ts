/**
 * The institutions page (/kelembagaan): the timeline of regulations, the working group, the halt and
 * the award results; the APE/PPE predicates across the province; the follow-up plan.
 */
import type { Action, ApePredicate, Milestone } from "@/lib/data/schemas";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { apeByRegionYear } from "@/lib/metrics/institutions";
import { sourceOf } from "@/lib/metrics/observations";
import { rankedRegions, referenceRegions } from "@/lib/metrics/rank";
import type { SiteData } from "./site";
import { sourceItems, type SourceItem } from "./sources";

export interface TimelineEntry {
  key: string;
  start: number;
  end: number | null;
  kind: string;
  /** Milestone status; null for an award result. */
  status: Milestone["status"] | null;
  title: string;
  detail: string | null;
  source: string;
}

export interface InstitutionsModel {
  region: string;
  timeline: TimelineEntry[];
  apeYears: number[];
  /** Per region (province first), the predicate of each edition, or null where none is recorded. */
  apeRows: { code: string; name: string; focus: boolean; results: (ApePredicate | null)[] }[];
  actions: { id: string; action: string; lead: string; partners: string[]; timeframe: string; status: Action["status"] }[];
  sources: SourceItem[];
}

export function institutionsModel(s: SiteData, lang: Lang): InstitutionsModel {
  const d = s.dataset;
  const { focus } = s;
  const t = dict(lang);
  const k = t.institutions;
  const ape = apeByRegionYear(d);
  const apeYears = [...new Set(d.ape.map((r) => r.year))].sort((a, b) => a - b);
  const focusApe = [...ape.values()].filter((r) => r.region === focus.code);
  const source = (id: string) => sourceShortName(sourceOf(d, id), lang);
  const timeline: TimelineEntry[] = [
    ...d.milestones.map((m) => ({
      key: m.id,
      start: m.startYear,
      end: m.endYear,
      kind: k.kind[m.kind],
      status: m.status,
      title: m.title[lang],
      detail: m.detail?.[lang] ?? null,
      source: source(m.source),
    })),
    ...focusApe.map((r) => ({
      key: `ape-${r.year}`,
      start: r.year,
      end: null,
      kind: k.kind.award,
      status: null,
      title: k.apeResult(r.year, t.ape[r.predicate]),
      detail: null,
      source: source(r.source),
    })),
  ].sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start));
  const regions = [...referenceRegions(d, focus.code).reverse(), ...rankedRegions(d)].filter((r) =>
    apeYears.some((y) => ape.has(`${r.code}|${y}`)),
  );
  return {
    region: focus.name,
    timeline,
    apeYears,
    apeRows: regions.map((r) => ({
      code: r.code,
      name: r.shortName,
      focus: r.code === focus.code,
      results: apeYears.map((y) => ape.get(`${r.code}|${y}`)?.predicate ?? null),
    })),
    actions: d.actions.map((a) => ({
      id: a.id,
      action: a.action[lang],
      lead: a.lead[lang],
      partners: a.partners[lang],
      timeframe: a.timeframe[lang],
      status: a.status,
    })),
    sources: sourceItems(
      d,
      [...d.milestones.map((m) => m.source), ...d.ape.map((a) => a.source), ...d.actions.map((a) => a.source)],
      lang,
    ),
  };
}
