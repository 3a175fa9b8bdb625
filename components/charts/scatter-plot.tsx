"use client";
/** The drawing part of the scatter chart (loaded lazily with the charting library). */
import { useState } from "react";
import { CartesianGrid, LabelList, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { niceScale, tickLabel } from "./scale";
import { FOCUS_COLOR, OTHER_COLOR } from "@/lib/view/series-style";

export interface ScatterPoint {
  code: string;
  label: string;
  x: number;
  y: number;
  focus: boolean;
}

type Axis = { code: string; decimals: number };

const MARGIN = { top: 16, right: 100, bottom: 24, left: 8 };

/**
 * Labels that fit: the focus region always, then others (most extreme first) only where a label
 * does not overlap one already placed. With hundreds of regions only the focus region is labelled.
 */
function placeLabels(
  points: ScatterPoint[],
  xs: [number, number],
  ys: [number, number],
  width: number,
  height: number,
): Set<string> {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const keep = new Set<string>();
  // The plot area: the chart less its margins, the y axis (64 px) and the x axis (30 px).
  const plotW = width - MARGIN.left - MARGIN.right - 64;
  const plotH = height - MARGIN.top - MARGIN.bottom - 30;
  const px = (v: number) => ((v - xs[0]) / (xs[1] - xs[0])) * plotW;
  const py = (v: number) => plotH - ((v - ys[0]) / (ys[1] - ys[0])) * plotH;
  const centre = { x: (xs[0] + xs[1]) / 2, y: (ys[0] + ys[1]) / 2 };
  const order = [...points].sort(
    (a, b) =>
      Number(b.focus) - Number(a.focus) ||
      Math.abs(b.x - centre.x) + Math.abs(b.y - centre.y) - (Math.abs(a.x - centre.x) + Math.abs(a.y - centre.y)),
  );
  for (const p of order) {
    if (!p.focus && points.length > 40) continue;
    const box = { x0: px(p.x) + 6, x1: px(p.x) + 10 + p.label.length * (p.focus ? 7.5 : 6.2), y0: py(p.y) - 8, y1: py(p.y) + 8 };
    if (box.x1 > plotW + MARGIN.right && !p.focus) continue;
    if (placed.some((b) => box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0) && !p.focus) continue;
    placed.push(box);
    keep.add(p.code);
  }
  return keep;
}

export function ScatterPlot({ lang, x, y, points }: { lang: Lang; x: Axis; y: Axis; points: ScatterPoint[] }) {
  const [size, setSize] = useState({ width: 800, height: 400 });
  const xs = niceScale(points.map((p) => p.x));
  const ys = niceScale(points.map((p) => p.y));
  const labelled = placeLabels(points, xs.domain, ys.domain, size.width, size.height);
  const others = points.filter((p) => !p.focus).map((p) => ({ ...p, shown: labelled.has(p.code) ? p.label : "" }));
  return (
    <ResponsiveContainer width="100%" height="100%" onResize={(width, height) => setSize({ width, height })}>
      <ScatterChart margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#e6eaef" />
        <XAxis
          type="number"
          dataKey="x"
          name={x.code}
          domain={xs.domain}
          ticks={xs.ticks}
          tickFormatter={tickLabel(lang, x.decimals, xs.tickDecimals)}
          stroke="#57606a"
          label={{ value: x.code, position: "insideBottom", offset: -12, fill: "#1b1f24" }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={y.code}
          domain={ys.domain}
          ticks={ys.ticks}
          tickFormatter={tickLabel(lang, y.decimals, ys.tickDecimals)}
          stroke="#57606a"
          width={64}
          label={{ value: y.code, angle: -90, position: "insideLeft", fill: "#1b1f24" }}
        />
        <Tooltip
          formatter={(v, name) =>
            typeof v === "number" ? formatNumber(v, lang, name === x.code ? x.decimals : y.decimals) : String(v)
          }
        />
        <Scatter data={others} fill={OTHER_COLOR} isAnimationActive={false}>
          <LabelList dataKey="shown" position="right" fontSize={11} fill="#3d4650" />
        </Scatter>
        <Scatter data={points.filter((p) => p.focus)} fill={FOCUS_COLOR} shape="diamond" isAnimationActive={false}>
          <LabelList dataKey="label" position="right" fontSize={13} fontWeight={700} fill={FOCUS_COLOR} />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  );
}
