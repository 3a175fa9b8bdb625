/**
 * Numbers for people: Indonesian format (70,61; 1.234,5) in the Indonesian UI, English (70.61) in
 * the English one. Formatting happens here, at the edge, never in the data layer or the metrics.
 *
 * Written out rather than through Intl.NumberFormat: the first Intl formatter a page builds loads the
 * locale's data, and on a planner's laptop that was one of the longest pieces of script work while a
 * page starts. The rules are few and fixed, and the same code runs on the server and in the browser.
 */
import type { Lang } from "@/lib/i18n/lang";
import { roundedDigits } from "@/lib/metrics/round";

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  id: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** "1234567" → "1.234.567" with the language's grouping separator. */
function group(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+$)/g, separator);
}

/** The number without its sign; `zero` tells whether it shows as zero at this precision. */
function magnitude(value: number, lang: Lang, decimals: number): { text: string; zero: boolean } {
  const { whole, fraction } = roundedDigits(value, decimals);
  const { group: g, decimal } = SEPARATORS[lang];
  return {
    text: group(whole, g) + (decimals > 0 ? decimal + fraction : ""),
    zero: /^0*$/.test(whole + fraction),
  };
}

/** 70.61 → "70,61" (id) or "70.61" (en) with a fixed number of decimals. A value that shows as zero has no sign. */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const m = magnitude(value, lang, decimals);
  return value < 0 && !m.zero ? `-${m.text}` : m.text;
}

/** Change with an explicit sign: +0,43 / −0,026 (a true minus sign); zero at this precision has none. */
export function formatSigned(value: number, lang: Lang, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const m = magnitude(value, lang, decimals);
  return m.zero ? m.text : `${value < 0 ? "−" : "+"}${m.text}`;
}

/** A share as a percentage: 0.0829 → "8,3%". */
export function formatPercent(share: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(share * 100, lang, decimals).replace("-", "−")}%`;
}

/** Paces and gaps get one decimal more than the index itself, so small yearly changes stay visible. */
export function paceDecimals(indicatorDecimals: number): number {
  return indicatorDecimals + 1;
}

/** Excel's number format for a count of decimals (0, 0.00, 0.000): shown with the reader's own decimal mark. */
export function excelNumberFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}
