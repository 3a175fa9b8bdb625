/**
 * Placing labels so they do not overlap: end-of-line labels stacked apart along one axis, and point
 * labels tried on four sides of their point. Pure geometry in pixels; the charts decide what to label.
 */

/** Vertical positions for labels wanted at `ys`, at least `gap` apart, kept within [top, bottom]; same order as given. */
export function spreadLabels(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // Pushed past the bottom: slide the stack up as a whole, then keep the gaps from the top down.
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) {
    for (let k = 0; k < placed.length; k++) placed[k] = placed[k]! - overflow;
    placed[0] = Math.max(placed[0]!, top);
    for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

export interface LabelBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export type Side = "right" | "left" | "above" | "below";

/**
 * Where each point's label goes: the first of right, left, above, below whose box overlaps no label
 * already placed, no other point and stays inside the plot; null where none fits (the tooltip names
 * that point). Points are placed in the order given, so the most important come first.
 */
export function placePointLabels(
  points: { x: number; y: number; width: number; height: number }[],
  plot: { width: number; height: number },
  radius = 6,
): (Side | null)[] {
  const placed: LabelBox[] = [];
  const dots = points.map((p) => ({ x0: p.x - radius, x1: p.x + radius, y0: p.y - radius, y1: p.y + radius }));
  const overlaps = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
  return points.map((p, i) => {
    const boxes: Record<Side, LabelBox> = {
      right: { x0: p.x + radius + 3, x1: p.x + radius + 3 + p.width, y0: p.y - p.height / 2, y1: p.y + p.height / 2 },
      left: { x0: p.x - radius - 3 - p.width, x1: p.x - radius - 3, y0: p.y - p.height / 2, y1: p.y + p.height / 2 },
      above: { x0: p.x - p.width / 2, x1: p.x + p.width / 2, y0: p.y - radius - 2 - p.height, y1: p.y - radius - 2 },
      below: { x0: p.x - p.width / 2, x1: p.x + p.width / 2, y0: p.y + radius + 2, y1: p.y + radius + 2 + p.height },
    };
    for (const side of ["right", "left", "above", "below"] as Side[]) {
      const b = boxes[side];
      const inside = b.x0 >= 0 && b.x1 <= plot.width && b.y0 >= 0 && b.y1 <= plot.height;
      if (inside && !placed.some((q) => overlaps(b, q)) && !dots.some((d, j) => j !== i && overlaps(b, d))) {
        placed.push(b);
        return side;
      }
    }
    return null;
  });
}
