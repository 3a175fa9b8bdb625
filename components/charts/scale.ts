import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";

/** Axis tick labels: the indicator's decimals, but no more than the round ticks need (72, not 72,00). */
export function tickLabel(lang: Lang, decimals: number, tickDecimals: number): (v: number) => string {
  return (v) => formatNumber(v, lang, Math.min(decimals, tickDecimals));
}

/**
 * Axis ranges and ticks on round numbers (steps of 1, 2, 2.5 or 5 × 10^k) with some room around the
 * data, so lines never touch the frame and tick labels read 70, 72, 74 rather than 65,90, 68,90.
 */
export function niceScale(
  values: number[],
  targetTicks = 5,
): { domain: [number, number]; ticks: number[]; tickDecimals: number } {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 0.5, 1], tickDecimals: 1 };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const span = hi - lo;
  lo -= span * 0.06;
  hi += span * 0.06;
  const raw = (hi - lo) / targetTicks;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Round away float noise (0.30000000000000004) so tick labels and domains stay exact.
  const clean = (v: number) => Number(v.toFixed(10));
  for (let v = start; v <= end + step / 2; v += step) ticks.push(clean(v));
  // Decimals the ticks need: 70, 72, 74 need none; 0,35, 0,40 need two.
  const tickDecimals = Math.max(0, ...ticks.map((t) => (String(t).split(".")[1] ?? "").length));
  return { domain: [clean(start), clean(end)], ticks, tickDecimals };
}

/** Position along an axis: `domain` mapped linearly onto the pixel range (a zero-width domain onto its start). */
export function linearScale(domain: [number, number], range: [number, number]): (v: number) => number {
  const span = domain[1] - domain[0];
  return (v) => range[0] + (span === 0 ? 0 : ((v - domain[0]) / span) * (range[1] - range[0]));
}

/**
 * The ticks to label on an axis `length` pixels long: all of them when their labels fit, else every
 * second (third, …) one, starting from the first, so numbers never run into each other on a phone.
 * Label width is estimated from its characters (no layout engine on the server).
 */
export function thinTicks(ticks: number[], label: (v: number) => string, length: number, fontSize: number): number[] {
  if (ticks.length < 2) return ticks;
  const widest = Math.max(...ticks.map((t) => label(t).length)) * fontSize * 0.6 + 8;
  const spacing = Math.max(1, length) / (ticks.length - 1);
  const step = Math.max(1, Math.ceil(widest / spacing));
  return ticks.filter((_, i) => i % step === 0);
}
