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
 * Horizontal positions as fractions of the plot's width (0–1). Charts draw them as SVG percentages,
 * and lines in a 0–1000 coordinate box stretched to the plot, so the server's drawing fits any width
 * (a phone, a projector, an A4 page) without being redrawn in the browser.
 */
export function fractionScale(domain: [number, number]): (v: number) => number {
  const span = domain[1] - domain[0];
  return (v) => (span === 0 ? 0.5 : (v - domain[0]) / span);
}

/** A fraction of the plot's width as an SVG length: 0.4321 → "43.21%". */
export function pct(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}

/** Width of the box that line paths are drawn in (stretched to the plot's width). */
export const LINE_BOX = 1000;

/** A polyline of (fraction of width, y px) points as path data in the line box. */
export function linePath(points: { x: number; y: number }[]): string {
  return points
    .map((p, i) => `${i === 0 ? "M" : "L"}${Math.round(p.x * LINE_BOX * 10) / 10} ${Math.round(p.y * 10) / 10}`)
    .join("");
}

/**
 * Tick labels that may be dropped on a narrow plot without losing the axis: every other one from the
 * first (with three or fewer, none). Charts give them a class that hides them on a phone.
 */
export function minorTicks<T>(ticks: T[]): Set<T> {
  return ticks.length <= 3 ? new Set() : new Set(ticks.filter((_, i) => i % 2 === 1));
}
