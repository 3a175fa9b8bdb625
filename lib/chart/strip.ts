/**
 * A strip of many values on one axis (all 514 kab/kota of Indonesia, or the regencies that started
 * where the focus region started): each value a small dot, spread across the strip's height so the
 * crowd reads as a band whose thickness shows where values bunch. The spread is deterministic
 * (the same drawing on every build) and independent of the screen's width, since horizontal
 * positions are percentages: each value's vertical offset is the next point of a van der Corput
 * sequence in the order of the values, so neighbours on the axis sit apart in height.
 */

/** The i-th point (from 0) of the base-2 van der Corput sequence, in [0, 1). */
export function vanDerCorput(i: number): number {
  let n = i + 1;
  let denominator = 1;
  let out = 0;
  while (n > 0) {
    denominator *= 2;
    out += (n % 2) / denominator;
    n = Math.floor(n / 2);
  }
  return out;
}

/** Vertical offsets in [−1, 1] for values already sorted along the axis. */
export function stripOffsets(count: number): number[] {
  return Array.from({ length: count }, (_, i) => vanDerCorput(i) * 2 - 1);
}
