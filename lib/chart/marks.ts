/**
 * Marks every chart shares, so a target looks the same on the trend chart, the legend, the sparkline
 * and the picture of a chart: the diamond of a target, the rule of a method break.
 */

/** A diamond (a square on its point) centred on 0,0, `size` from the centre to each corner. */
export function diamondPath(size: number): string {
  return `M0 ${-size}l${size} ${size}-${size} ${size}-${size}-${size}z`;
}

/** The dash of the rule where BPS changed a method (trend and rank-over-time charts alike). */
export const BREAK_DASH = "2 3";
