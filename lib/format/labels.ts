/** Names as a planner reads them: a methodology series' label, a region's short name. */
import type { Dataset } from "@/lib/data/validate";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { UNSTATED_SERIES } from "@/lib/metrics/observations";

export function seriesLabel(d: Dataset, indicator: string, code: string, lang: Lang): string {
  const label = d.series.find((s) => s.indicator === indicator && s.code === code)?.label[lang];
  if (label) return label;
  return code === UNSTATED_SERIES ? dict(lang).common.seriesUnstated : code;
}

export function regionShortName(d: Dataset, code: string): string {
  return d.regions.find((r) => r.code === code)?.shortName ?? code;
}
