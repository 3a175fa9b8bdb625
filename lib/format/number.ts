/**
 * Numbers for people: Indonesian format (70,61; 1.234,5) in the Indonesian UI, English (70.61) in
 * the English one. Formatting happens here, at the edge, never in the data layer or the metrics.
 */
import { NUMBER_LOCALE, type Lang } from "@/lib/i18n/lang";

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number, signed = false): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? "exceptZero" : "auto",
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

/** 70.61 → "70,61" (id) or "70.61" (en) with a fixed number of decimals. */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  return formatter(lang, decimals).format(value);
}

/** Change with an explicit sign: +0,43 / −0,026. */
export function formatSigned(value: number, lang: Lang, decimals: number): string {
  return formatter(lang, decimals, true).format(value).replace("-", "−");
}

/** A share as a percentage: 0.0829 → "8,3%". */
export function formatPercent(share: number, lang: Lang, decimals = 1): string {
  return `${formatter(lang, decimals)
    .format(share * 100)
    .replace("-", "−")}%`;
}

/** Paces and gaps get one decimal more than the index itself, so small yearly changes stay visible. */
export function paceDecimals(indicatorDecimals: number): number {
  return indicatorDecimals + 1;
}
