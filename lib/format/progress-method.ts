/**
 * The progress method in words and formulas, with its thresholds as the engine uses them: on the Data &
 * methods page and in every workbook's "Sumber & metode" sheet, so the two can never say different things.
 */
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { ON_TRACK_RATIO, PACE_WINDOW_YEARS, STALLED_RATIO, STATUS_ORDER, type Status } from "@/lib/metrics/progress";
import { formatNumber } from "./number";

/** The progress method in words and formulas: on the Data & methods page and in every workbook's method sheet. */
export interface ProgressMethod {
  heading: string;
  lead: string;
  formulas: { term: string; formula: string; note: string | null }[];
  statusHeading: string;
  rules: { status: Status; word: string; rule: string }[];
  noTargetRule: string;
  seriesRule: string;
  references: string;
}

export function progressMethod(lang: Lang): ProgressMethod {
  const t = dict(lang);
  const m = t.methods;
  const num = (v: number) => formatNumber(v, lang, 2);
  return {
    heading: m.methodHeading,
    lead: m.methodLead,
    formulas: [
      { term: m.share, formula: "S = (x_t − x_b) / (x_T − x_b)", note: m.shareNote },
      { term: m.achieved, formula: "v_a = (x_t − x_s) / (t − s)", note: m.achievedNote(PACE_WINDOW_YEARS) },
      { term: m.required, formula: "v_r = (x_T − x_t) / (T − t)", note: m.requiredNote },
      { term: m.projection, formula: "x̂_T = x_t + v_a · (T − t)", note: null },
      { term: m.ratio, formula: "r = v_a / v_r", note: m.ratioNote },
    ],
    statusHeading: m.statusHeading,
    rules: STATUS_ORDER.map((status) => ({
      status,
      word: t.status[status],
      rule: m.rule[status](num(ON_TRACK_RATIO), num(STALLED_RATIO)),
    })),
    noTargetRule: m.noTargetRule,
    seriesRule: m.seriesRule,
    references: m.references,
  };
}
