/**
 * Lines over time, on d3-shape: a series is drawn within runs of consecutive years and never across a
 * missing year (a gap stays a gap, never a zero or a guess), in a box LINE_BOX wide that the chart
 * stretches to the plot's width. Every chart (trend, peers, rank over time, sparkline) draws its lines
 * through here.
 */
import { line } from "d3-shape";

/** Width of the box that line paths are drawn in (stretched to the plot's width). */
export const LINE_BOX = 1000;

/** A point of a line: x as a fraction of the plot's width, y in pixels. */
export interface PlotPoint {
  x: number;
  y: number;
}

/** Runs of consecutive years, oldest first: a line is drawn within a run, never across a missing year. */
export function runs<T extends { year: number }>(points: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const run = out.at(-1);
    if (run && p.year - run.at(-1)!.year === 1) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** Path data of a polyline in a box `width` wide (the line box by default), to a tenth of a pixel. */
export function linePath(points: readonly PlotPoint[], width = LINE_BOX): string {
  return (
    line<PlotPoint>()
      .x((p) => p.x * width)
      .y((p) => p.y)
      .digits(1)(points as PlotPoint[]) ?? ""
  );
}

/**
 * The points of a stroke as an attribute value ("0.1234,56.7 0.5,60"), so a picture of the chart can
 * redraw the line at a fixed width with linePath, without reading path data back.
 */
export function pointsAttribute(points: readonly PlotPoint[]): string {
  return points.map((p) => `${Math.round(p.x * 1e4) / 1e4},${Math.round(p.y * 10) / 10}`).join(" ");
}

export function parsePointsAttribute(value: string): PlotPoint[] {
  return value
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [x = "0", y = "0"] = pair.split(",");
      return { x: Number(x), y: Number(y) };
    });
}
