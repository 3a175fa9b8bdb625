/**
 * Map geometry: boundaries projected once on the server with d3-geo (Mercator fitted to the map's
 * width; the page carries short SVG paths, not the GeoJSON), simplified in pixels so a path holds no
 * point the eye cannot see, and values put into colour classes where darker is always better.
 */
import { geoMercator } from "d3-geo";
import type { Boundary, Position } from "@/lib/data/boundaries";

/** ColorBrewer YlGnBu, 5 classes: sequential, colour-blind safe, readable in grey print (light → dark). */
export const MAP_PALETTE = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"] as const;

export type Point = [number, number];

/**
 * Mercator (conformal, the projection of most maps of Indonesia) fitted to `width`; the height
 * follows. Fitted on the boundaries' points, so the rings' winding order does not matter.
 */
export function projection(boundaries: Boundary[], width: number): { project: (p: Position) => Point; height: number } {
  const points = boundaries.flatMap((b) => b.polygons.flat(2));
  const p = geoMercator().fitWidth(width, { type: "MultiPoint", coordinates: points });
  const project = (pos: Position): Point => p([pos[0], pos[1]]) ?? [0, 0];
  const ys = points.map((pos) => project(pos)[1]);
  return { project, height: Math.ceil(Math.max(...ys) - Math.min(0, ...ys)) };
}

/** Douglas–Peucker: drops points closer than `tolerance` to the line between the points kept. */
export function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const [a, b] = [points[0]!, points[points.length - 1]!];
  let far = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy);
    const dist =
      len === 0 ? Math.hypot(p[0] - a[0], p[1] - a[1]) : Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
    if (dist > far) [far, at] = [dist, i];
  }
  if (far <= tolerance) return [a, b];
  return [...simplify(points.slice(0, at + 1), tolerance).slice(0, -1), ...simplify(points.slice(at), tolerance)];
}

/** An SVG path of polygons; rings that simplify to fewer than three points (islets) are left out. */
export function svgPath(polygons: Position[][][], project: (p: Position) => Point, tolerance: number): string {
  return polygons
    .flatMap((rings) =>
      rings.flatMap((ring) => {
        const pts = simplify(ring.map(project), tolerance);
        return pts.length < 4 ? [] : [`M${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L")}Z`];
      }),
    )
    .join("");
}

/** The middle of a region's largest outline: where its label goes. */
export function largestRingMiddle(b: Boundary, project: (p: Position) => Point): Point {
  const ring = b.polygons
    .map((p) => p[0]!)
    .sort((x, y) => y.length - x.length)[0]!
    .map(project);
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** Equal-interval classes over the values shown; class 0 is the worst, the last the best. */
export function classify(values: number[], direction: "higher" | "lower", classes = MAP_PALETTE.length) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const n = hi === lo ? 1 : classes;
  const step = (hi - lo) / n;
  const bin = (v: number) => (step === 0 ? 0 : Math.min(n - 1, Math.floor((v - lo) / step)));
  const breaks = Array.from({ length: n }, (_, i) => ({ from: lo + i * step, to: i === n - 1 ? hi : lo + (i + 1) * step }));
  // Darker is better on every index: for IKG the lowest class gets the darkest colour.
  const goodness = (i: number) => (direction === "lower" ? n - 1 - i : i);
  const color = (i: number) =>
    MAP_PALETTE[n === 1 ? MAP_PALETTE.length - 1 : Math.round((goodness(i) * (MAP_PALETTE.length - 1)) / (n - 1))]!;
  return { bin, breaks, color, goodness };
}
