/**
 * "Catatan data" for one index: each disagreement between the plan and BPS as a decision (both
 * values with sources, which one the figures use and why, the status under each, the step to take),
 * the method break where BPS changed how the index is computed, other notes on the data, and how
 * current the data is. The indicator page, the Data & methods page and the meeting notes download
 * all show these same notes.
 */
import type { Series } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatDate } from "@/lib/format/date";
import { formatNumber, formatSigned, paceDecimals } from "@/lib/format/number";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { decisionFor, type Decision, type Outcome } from "@/lib/metrics/decisions";
import type { Freshness } from "@/lib/metrics/freshness";
import { seriesWithData, sourceOf } from "@/lib/metrics/observations";
import type { Status } from "@/lib/metrics/progress";
import type { Standing } from "@/lib/metrics/standing";
import { describeFlag } from "./flags";
import { regionShortName, seriesLabel } from "@/lib/format/labels";

export interface DecisionView {
  indicator: string;
  title: string;
  values: { text: string; source: string }[];
  used: string;
  outcomes: { label: string; detail: string; status: Status; statusWord: string }[];
  /** Whether the verdict depends on the decision. */
  verdict: string;
  step: string;
}

export interface DataNotes {
  code: string;
  decisions: DecisionView[];
  /** What BPS changed, when, and that values on either side cannot be compared; null without a method change. */
  methodBreak: string | null;
  notes: string[];
  /** How current the data is: what is loaded, what is released but not (or cannot be known), and the steward's step. */
  freshness: { held: string | null; lines: string[]; step: string | null; needsAction: boolean };
}

export function dataNotes(d: Dataset, s: Standing, fresh: Freshness, lang: Lang): DataNotes {
  const decision = decisionFor(d, s);
  // Flags a decision already tells in full, or that the page's own story tells, are not repeated.
  const told = new Set([
    "different-sources",
    "other-series",
    ...(decision ? ["baseline-differs", "target-series-inferred", "latest-alternatives"] : []),
  ]);
  return {
    code: s.indicator.code,
    decisions: decision ? [decisionView(d, s, decision, fresh, lang)] : [],
    methodBreak: methodBreakText(d, s, lang),
    notes: s.assessment.flags.filter((f) => !told.has(f.kind)).map((f) => describeFlag(d, f, s.indicator, lang)),
    freshness: freshnessText(d, s, fresh, lang),
  };
}

function decisionView(d: Dataset, s: Standing, x: Decision, fresh: Freshness, lang: Lang): DecisionView {
  const t = dict(lang);
  const w = t.decisions;
  const code = s.indicator.code;
  const n = (v: number) => formatNumber(v, lang, s.indicator.decimals);
  const src = (id: string) => sourceShortName(sourceOf(d, id), lang);
  const label = (series: string) => seriesLabel(d, code, series, lang);
  // A region with one series (IKG) needs no series name beside each value.
  const many = seriesWithData(d, s.assessment.region.code, code).length > 1;
  const region = regionShortName(d, s.assessment.region.code);
  const values = [
    { text: w.stated(n(x.stated.value), x.stated.year), source: src(x.stated.source) },
    ...x.published.map((p) => ({ text: w.published(p.year, many ? label(p.series) : null, n(p.value)), source: src(p.source) })),
    ...(x.matched && x.matched.year !== x.stated.year
      ? [{ text: w.matched(x.matched.year, label(x.matched.series), n(x.matched.value)), source: src(x.matched.source) }]
      : []),
  ];
  const outcome = (o: Outcome, text: string) => ({
    label: text,
    detail: outcomeDetail(s, o, lang),
    status: o.status,
    statusWord: t.status[o.status],
  });
  const basis = x.kind === "target-basis";
  const bpsUsed = x.published.find((p) => p.series === x.used.series);
  const later = fresh.notLoaded.map((l) => l.dataYear);
  const officialBaseline = x.published.find((p) => p.series === x.alternative.series);
  return {
    indicator: code,
    title: basis ? w.titleBasis(code) : w.titleValue(code, n(x.stated.value), bpsUsed ? n(bpsUsed.value) : "–"),
    values,
    used: basis
      ? w.usedBasis(label(x.used.series), n(x.stated.value), x.matched?.year ?? x.stated.year)
      : w.usedValue(x.stated.year, bpsUsed ? n(bpsUsed.value) : "–"),
    outcomes: [
      outcome(
        x.used,
        basis ? w.outcomeBasisUsed(label(x.used.series)) : w.outcomeValueUsed(x.stated.year, bpsUsed ? n(bpsUsed.value) : "–"),
      ),
      outcome(
        x.alternative,
        basis ? w.outcomeBasisOfficial(label(x.alternative.series)) : w.outcomeValueStated(n(x.stated.value), x.stated.year),
      ),
    ],
    verdict: x.used.status === x.alternative.status ? w.sameVerdict : w.differentVerdict,
    step: basis
      ? w.stepBasis(code, region, officialBaseline ? n(officialBaseline.value) : null, x.stated.year)
      : w.stepValue(code, region, n(x.stated.value), bpsUsed ? n(bpsUsed.value) : "–", later),
  };
}

function outcomeDetail(s: Standing, o: Outcome, lang: Lang): string {
  const w = dict(lang).decisions;
  const k = paceDecimals(s.indicator.decimals);
  const per = (v: number | null) => (v === null ? "–" : formatSigned(v, lang, k));
  return w.outcomeDetail(
    per(o.required),
    per(o.pace),
    o.latest ? formatNumber(o.latest.value, lang, s.indicator.decimals) : "–",
    o.latest?.year ?? null,
  );
}

/** The series of an index that is a method change (series.csv `introduced`), with whether the region has values on it. */
function methodChange(d: Dataset, s: Standing): { series: Series; loaded: boolean } | null {
  const change = d.series.find((x) => x.indicator === s.indicator.code && x.introduced !== null);
  if (!change) return null;
  return { series: change, loaded: seriesWithData(d, s.assessment.region.code, s.indicator.code).includes(change.code) };
}

function methodBreakText(d: Dataset, s: Standing, lang: Lang): string | null {
  const w = dict(lang).decisions;
  const m = methodChange(d, s);
  if (!m) return null;
  const when = formatDate(m.series.introduced!, lang);
  return w.methodBreak(s.indicator.code, when, m.series.label[lang], m.series.revisedFrom, m.loaded);
}

/** Later years BPS has released that data/ does not hold, with the steward's next step; or why nothing can be said. */
function freshnessText(d: Dataset, s: Standing, f: Freshness, lang: Lang): DataNotes["freshness"] {
  const w = dict(lang).decisions;
  const region = regionShortName(d, s.assessment.region.code);
  const code = s.indicator.code;
  const held = f.held === null ? null : w.held(code, region, f.held);
  if (!f.calendarKnown) return { held, lines: [w.calendarUnknown(code)], step: null, needsAction: true };
  if (!f.notLoaded.length) return { held, lines: [w.upToDate(code)], step: null, needsAction: false };
  return {
    held,
    lines: f.notLoaded.map((l) =>
      w.notLoaded(
        code,
        l.dataYear,
        l.releases
          .map((r) =>
            w.releasedAt(regionShortName(d, r.region), formatDate(r.date, lang), sourceShortName(sourceOf(d, r.source), lang)),
          )
          .join("; "),
        region,
      ),
    ),
    step: w.stepLoad(code),
    needsAction: true,
  };
}
