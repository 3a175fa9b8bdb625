"use client";
/**
 * Regions ranked on one indicator in one year: a dot per region on its row, best first, the focus
 * region in its own colour and bold label, the province and Indonesia as labelled reference lines.
 */
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { LegendList } from "./legend-list";
import { Sized } from "./sized";
import { niceScale, tickLabel } from "./scale";
import { FOCUS_COLOR, OTHER_COLOR } from "./series-config";

export interface RankingBar {
  code: string;
  label: string;
  value: number;
  focus: boolean;
}

export interface RankingReference {
  label: string;
  value: number;
  color: string;
  dash: string;
}

export function RankingChart({
  lang,
  decimals,
  bars,
  references,
  focusLabel,
  othersLabel,
  size,
}: {
  lang: Lang;
  decimals: number;
  bars: RankingBar[];
  references: RankingReference[];
  focusLabel: string;
  othersLabel: string;
  size?: { width: number; height: number };
}) {
  const fmt = (v: number) => formatNumber(v, lang, decimals);
  const values = [...bars.map((b) => b.value), ...references.map((r) => r.value)];
  // A dot per region, not a bar: index differences are small, so the axis cannot start at zero, and
  // a bar from a non-zero start would make its length misleading. A faint guide leads the eye along
  // each row to its dot.
  const { domain, ticks, tickDecimals } = niceScale(values);
  const tick = tickLabel(lang, decimals, tickDecimals);
  const dotShape = (p: { x?: number; y?: number; width?: number; height?: number; payload?: RankingBar }) => {
    const x = Number(p.x ?? 0);
    const w = Number(p.width ?? 0);
    const cy = Number(p.y ?? 0) + Number(p.height ?? 0) / 2;
    const focus = p.payload?.focus ?? false;
    return (
      <g>
        <line x1={x} x2={x + w} y1={cy} y2={cy} stroke={focus ? FOCUS_COLOR : "#c9d1d9"} strokeWidth={focus ? 2 : 1.5} strokeOpacity={focus ? 0.5 : 1} />
        <circle cx={x + w} cy={cy} r={(size ? 9 : 6) * (focus ? 1.2 : 1)} fill={focus ? FOCUS_COLOR : OTHER_COLOR} stroke="#fff" strokeWidth={1.5} />
      </g>
    );
  };
  return (
    <div className="chart-body">
      <LegendList
        items={[
          { label: focusLabel, color: FOCUS_COLOR, dash: "", kind: "dot" },
          { label: othersLabel, color: OTHER_COLOR, dash: "", kind: "dot" },
          ...references.map((r) => ({ label: `${r.label} (${fmt(r.value)})`, color: r.color, dash: r.dash, kind: "line" as const })),
        ]}
      />
      <Sized size={size}>
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: size ? 90 : 56, bottom: 4, left: 4 }} accessibilityLayer={false} {...size}>
            <CartesianGrid stroke="#e6eaef" horizontal={false} />
            <XAxis type="number" domain={domain} ticks={ticks} tickFormatter={tick} stroke="#57606a" />
            <YAxis
              type="category"
              dataKey="label"
              width={size ? 250 : 150}
              interval={0}
              stroke="#57606a"
              tick={(p: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
                const bar = bars.find((b) => b.label === p.payload?.value);
                return (
                  <text x={p.x} y={p.y} dy={size ? 7 : 4} textAnchor="end" fontSize={size ? 20 : 13} fontWeight={bar?.focus ? 700 : 400} fill={bar?.focus ? FOCUS_COLOR : "#1b1f24"}>
                    {String(p.payload?.value ?? "")}
                  </text>
                );
              }}
            />
            {references.map((r) => (
              <ReferenceLine key={r.label} x={r.value} stroke={r.color} strokeDasharray={r.dash || undefined} strokeWidth={2} ifOverflow="extendDomain" />
            ))}
            <Bar dataKey="value" isAnimationActive={false} barSize={size ? 22 : 16} shape={dotShape}>
              {/* White halo so a value stays readable where a reference line crosses it. */}
              <LabelList
                dataKey="value"
                position="right"
                offset={size ? 16 : 11}
                formatter={(v: unknown) => (typeof v === "number" ? fmt(v) : "")}
                fontSize={size ? 18 : 12}
                fill="#1b1f24"
                stroke="#ffffff"
                strokeWidth={4}
                paintOrder="stroke"
              />
            </Bar>
          </BarChart>
      </Sized>
    </div>
  );
}
