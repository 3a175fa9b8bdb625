/**
 * Scales and axes for the server-drawn charts, on d3-scale (imported per function, so a page that
 * draws no chart in the browser ships none of it). Horizontal positions are fractions of the plot's
 * width (drawn as SVG percentages, lines in a box stretched to the width), vertical positions are
 * pixels: the server's drawing is right at any width, on a phone, a projector or an A4 page.
 */
import { scaleLinear } from "d3-scale";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import type { LabelledAxis } from "./types";

/** An axis on round numbers: its domain, the ticks, and the decimals the ticks need (70, 72 need none). */
export interface NiceAxis {
  domain: [number, number];
  ticks: number[];
  tickDecimals: number;
}

/** Room left around the data (a share of its span on each side), so lines never touch the frame. */
const PADDING = 0.06;

/** More ticks than this crowd an axis on a phone; d3's steps are then asked for one tick fewer. */
const MAX_TICKS = 7;

/**
 * Axis range and ticks on round numbers (d3's steps of 1, 2 or 5 × 10^k) around the data with some
 * room, so tick labels read 70, 72, 74 rather than 65,90, 68,90; never more than MAX_TICKS of them.
 */
export function niceScale(values: number[], targetTicks = 5): NiceAxis {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 0.5, 1], tickDecimals: 1 };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const span = hi - lo;
  const padded = [lo - span * PADDING, hi + span * PADDING];
  let count = targetTicks;
  let scale = scaleLinear().domain(padded).nice(count);
  while (scale.ticks(count).length > MAX_TICKS && count > 2) {
    count -= 1;
    scale = scaleLinear().domain(padded).nice(count);
  }
  const ticks = scale.ticks(count);
  const domain = scale.domain() as [number, number];
  const tickDecimals = Math.max(0, ...ticks.map((t) => (String(t).split(".")[1] ?? "").length));
  return { domain, ticks, tickDecimals };
}

/** Axis tick labels: the indicator's decimals, but no more than the round ticks need (72, not 72,00). */
export function tickLabel(lang: Lang, decimals: number, tickDecimals: number): (v: number) => string {
  return (v) => formatNumber(v, lang, Math.min(decimals, tickDecimals));
}

/** Position along an axis: `domain` mapped linearly onto the pixel range (a zero-width domain onto its middle). */
export function linearScale(domain: [number, number], range: [number, number]): (v: number) => number {
  const scale = scaleLinear().domain(domain).range(range);
  return (v) => scale(v);
}

/** Horizontal positions as fractions of the plot's width (0–1); a zero-width domain sits in the middle. */
export function fractionScale(domain: [number, number]): (v: number) => number {
  return linearScale(domain, [0, 1]);
}

/** A fraction of the plot's width as an SVG length: 0.4321 → "43.21%". */
export function pct(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}

/**
 * Tick labels that may be dropped on a narrow plot without losing the axis: every other one from the
 * first (with three or fewer, none). Charts give them a class that hides them on a phone.
 */
export function minorTicks<T>(ticks: T[]): Set<T> {
  return ticks.length <= 3 ? new Set() : new Set(ticks.filter((_, i) => i % 2 === 1));
}

/** The years from `first` to `last`, each once: the bottom axis of a chart over time. */
export function yearRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** A value axis around `values` with its ticks labelled at the indicator's decimals (or fewer, as the ticks need). */
export function labelledAxis(values: number[], lang: Lang, decimals: number): LabelledAxis {
  const { domain, ticks, tickDecimals } = niceScale(values);
  const label = tickLabel(lang, decimals, tickDecimals);
  return { domain, ticks: ticks.map((value) => ({ value, label: label(value) })), start: label(domain[0]) };
}
