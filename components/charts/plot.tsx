/**
 * The drawing surface every chart shares. The SVG's width follows its frame; horizontal positions are
 * percentages and lines live in a box stretched to the width (see lib/view/chart-scale), vertical
 * positions are pixels. Axis labels and end labels sit in gutters (padding around the SVG, which draws
 * into them), so the server's drawing is right at any width: on a phone, a projector, an A4 page, in
 * the static copy and with scripts off. Nothing here runs in the browser.
 */
import type { ReactNode } from "react";
import { LINE_BOX, linePath, pointsAttribute, type PlotPoint } from "@/lib/chart/path";
import { pct } from "@/lib/chart/scale";
import { AXIS_COLOR, GRID_COLOR } from "@/lib/chart/style";

export interface Gutters {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Font sizes for the page (12 px) and for a slide drawn at 1600×900 (larger, read from the back of the room). */
export function fonts(big: boolean) {
  return { tick: big ? 20 : 12, label: big ? 20 : 13, value: big ? 18 : 12, note: big ? 18 : 12 };
}

export function Plot({
  height,
  gutters,
  className,
  children,
}: {
  height: number;
  gutters: Gutters;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `plot ${className}` : "plot"}
      style={{ paddingLeft: gutters.left, paddingRight: gutters.right, height }}
    >
      <svg className="chart-surface" width="100%" height={height} overflow="visible" aria-hidden="true" focusable="false">
        {children}
      </svg>
    </div>
  );
}

/** Lines drawn as paths in a 0–1000 box stretched to the plot's width; strokes and dashes keep their pixel size. */
export function LineLayer({ height, children }: { height: number; children: ReactNode }) {
  return (
    <svg
      className="line-layer"
      x="0"
      y="0"
      width="100%"
      height={height}
      viewBox={`0 0 ${LINE_BOX} ${height}`}
      preserveAspectRatio="none"
      overflow="visible"
    >
      {children}
    </svg>
  );
}

/**
 * A stroke in the line layer, through the given points (x a fraction of the width, y in pixels).
 * Everything it needs is an attribute, not CSS: the static copy opened from disk and a downloaded SVG
 * have no stylesheet. Strokes keep their pixel width and dash length however far the layer is
 * stretched; the points ride along so a picture of the chart can redraw the line at a fixed width.
 */
export function Stroke({
  points,
  color,
  width = 2,
  dash,
  className,
  series,
}: {
  points: readonly PlotPoint[];
  color: string;
  width?: number;
  dash?: string;
  className?: string;
  series?: string;
}) {
  return (
    <path
      d={linePath(points)}
      data-points={pointsAttribute(points)}
      className={className}
      data-series={series}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeDasharray={dash || undefined}
      strokeLinecap="round"
      strokeLinejoin="round"
      vectorEffect="non-scaling-stroke"
    />
  );
}

/** Horizontal grid lines and the value labels in the left gutter. */
export function ValueAxis({
  ticks,
  y,
  label,
  fontSize,
}: {
  ticks: number[];
  y: (v: number) => number;
  label: (v: number) => string;
  fontSize: number;
}) {
  return (
    <g className="axis axis-y" fontSize={fontSize} fill={AXIS_COLOR}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1="0" x2="100%" y1={y(t)} y2={y(t)} stroke={GRID_COLOR} />
          <text x="0" dx="-8" y={y(t) + fontSize * 0.35} textAnchor="end">
            {label(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The bottom axis with a label per tick at its horizontal fraction. Ticks in `minor` carry a class
 * that hides them on a narrow plot, and half of the rest hide on a phone, so labels never run into
 * each other.
 */
export function BottomAxis<T extends number>({
  ticks,
  x,
  y,
  label,
  minor,
  fontSize,
  grid,
}: {
  ticks: T[];
  x: (v: T) => number;
  y: number;
  label: (v: T) => string;
  minor: Set<T>;
  fontSize: number;
  /** Vertical grid lines up to this y, for a chart with two numeric axes. */
  grid?: number;
}) {
  // Of the labels left on a narrow plot, every other one also gives way on a phone, counted back from
  // the last so the target year keeps its label.
  const kept = ticks.filter((t) => !minor.has(t));
  const sparse = new Set(kept.length > 4 ? kept.filter((_, i) => (kept.length - 1 - i) % 2 === 1) : []);
  const tickClass = (t: T) => (minor.has(t) ? "tick-minor" : sparse.has(t) ? "tick-sparse" : undefined);
  return (
    <g className="axis axis-x" fontSize={fontSize} fill={AXIS_COLOR} textAnchor="middle">
      <line x1="0" x2="100%" y1={y} y2={y} stroke={AXIS_COLOR} />
      {ticks.map((t) => (
        <g key={t} className={tickClass(t)}>
          {grid !== undefined ? <line x1={pct(x(t))} x2={pct(x(t))} y1={grid} y2={y} stroke={GRID_COLOR} /> : null}
          <line x1={pct(x(t))} x2={pct(x(t))} y1={y} y2={y + 5} stroke={AXIS_COLOR} />
          <text x={pct(x(t))} y={y + 7 + fontSize * 0.85}>
            {label(t)}
          </text>
        </g>
      ))}
    </g>
  );
}
