"use client";
/** The drawing part of the scatter chart (loaded lazily with the charting library). */
import { CartesianGrid, LabelList, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { niceScale } from "./scale";
import { FOCUS_COLOR, OTHER_COLOR } from "./series-config";

export interface ScatterPoint {
  code: string;
  label: string;
  x: number;
  y: number;
  focus: boolean;
}

type Axis = { code: string; decimals: number };

export function ScatterPlot({ lang, x, y, points }: { lang: Lang; x: Axis; y: Axis; points: ScatterPoint[] }) {
  // With hundreds of regions, labelling every dot would bury them: label the focus region only.
  const labelOthers = points.length <= 40;
  const xs = niceScale(points.map((p) => p.x));
  const ys = niceScale(points.map((p) => p.y));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e6eaef" />
        <XAxis
          type="number"
          dataKey="x"
          name={x.code}
          domain={xs.domain}
          ticks={xs.ticks}
          tickFormatter={(v: number) => formatNumber(v, lang, x.decimals)}
          stroke="#57606a"
          label={{ value: x.code, position: "insideBottom", offset: -12, fill: "#1b1f24" }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={y.code}
          domain={ys.domain}
          ticks={ys.ticks}
          tickFormatter={(v: number) => formatNumber(v, lang, y.decimals)}
          stroke="#57606a"
          width={64}
          label={{ value: y.code, angle: -90, position: "insideLeft", fill: "#1b1f24" }}
        />
        <Tooltip formatter={(v, name) => (typeof v === "number" ? formatNumber(v, lang, name === x.code ? x.decimals : y.decimals) : String(v))} />
        <Scatter data={points.filter((p) => !p.focus)} fill={OTHER_COLOR} isAnimationActive={false}>
          {labelOthers ? <LabelList dataKey="label" position="right" fontSize={11} fill="#3d4650" /> : null}
        </Scatter>
        <Scatter data={points.filter((p) => p.focus)} fill={FOCUS_COLOR} shape="diamond" isAnimationActive={false}>
          <LabelList dataKey="label" position="right" fontSize={13} fontWeight={700} fill={FOCUS_COLOR} />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  );
}
