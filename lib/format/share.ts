import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { formatPercent } from "./number";

/**
 * How the share of the baseline→target distance reads. A negative share is said in words ("moved
 * away, 20 %") rather than as "−20 % covered", which planners misread as a typo.
 */
export function shareText(share: number, lang: Lang): { label: string; value: string; spoken: string } {
  const t = dict(lang).overview;
  const value = formatPercent(Math.abs(share), lang, 0);
  return share < 0
    ? { label: t.movedAway, value, spoken: t.movedAwayBarLabel(value) }
    : { label: t.progressToTarget, value, spoken: t.progressBarLabel(value) };
}
