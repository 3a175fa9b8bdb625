"use client";
/**
 * Two indicators for one year, one dot per regency/city, the focus region highlighted and labelled.
 * The y-axis indicator is chosen from a list and kept in the URL (?y=ipg).
 */
import { CartesianGrid, LabelList, ResponsiveContainer, Scatter, ScatterChart as RScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import { clientText } from "@/lib/i18n/client-text";
import type { Lang } from "@/lib/i18n/lang";
import { LegendList } from "./legend-list";
import { niceScale } from "./scale";
import { FOCUS_COLOR, OTHER_COLOR } from "./series-config";
import { useUrlParam } from "./use-url-param";

export interface ScatterIndicator {
  code: string;
  name: string;
  decimals: number;
  /** region code → value in this year */
  values: Record<string, number>;
}

export function ScatterChart({
  lang,
  x,
  candidates,
  defaultY,
  regions,
  focus,
}: {
  lang: Lang;
  x: ScatterIndicator;
  candidates: ScatterIndicator[];
  defaultY: string;
  regions: { code: string; label: string }[];
  focus: string;
}) {
  const text = clientText(lang).scatter;
  const [yParam, setY] = useUrlParam("y");
  const requested = yParam?.toUpperCase() ?? defaultY;
  const y = candidates.find((c) => c.code === requested) ?? candidates.find((c) => c.code === defaultY)!;
  const points = regions
    .filter((r) => x.values[r.code] !== undefined && y.values[r.code] !== undefined)
    .map((r) => ({ code: r.code, label: r.label, x: x.values[r.code]!, y: y.values[r.code]!, focus: r.code === focus }));
  const missing = regions.filter((r) => x.values[r.code] === undefined || y.values[r.code] === undefined).map((r) => r.label);
  const xs = niceScale(points.map((p) => p.x));
  const ys = niceScale(points.map((p) => p.y));
  return (
    <div className="chart-body">
      {yParam !== null && !candidates.some((c) => c.code === yParam.toUpperCase()) ? (
        <p className="notice" role="status">
          {text.unknownY(yParam)}
        </p>
      ) : null}
      <label className="inline-field">
        {text.yAxis}{" "}
        <select value={y.code} onChange={(e) => setY(e.target.value === defaultY ? null : e.target.value.toLowerCase())}>
          {candidates.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} · {c.name}
            </option>
          ))}
        </select>
      </label>
      <LegendList
        items={[
          { label: regions.find((r) => r.code === focus)?.label ?? focus, color: FOCUS_COLOR, dash: "", kind: "bar" },
          { label: text.others, color: OTHER_COLOR, dash: "", kind: "bar" },
        ]}
      />
      {points.length === 0 ? (
        <p className="empty-state">{text.empty(x.code, y.code)}</p>
      ) : (
        <div className="chart-plot">
          <ResponsiveContainer width="100%" height="100%">
            <RScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false}>
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
                <LabelList dataKey="label" position="right" fontSize={11} fill="#3d4650" />
              </Scatter>
              <Scatter data={points.filter((p) => p.focus)} fill={FOCUS_COLOR} shape="diamond" isAnimationActive={false}>
                <LabelList dataKey="label" position="right" fontSize={13} fontWeight={700} fill={FOCUS_COLOR} />
              </Scatter>
            </RScatterChart>
          </ResponsiveContainer>
        </div>
      )}
      {missing.length ? <p className="note">{text.missing(missing.join(", "))}</p> : null}
    </div>
  );
}
