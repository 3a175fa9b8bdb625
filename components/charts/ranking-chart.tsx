"use client";
/**
 * Regions ranked on one indicator in one year: a horizontal bar per region, best first, the focus
 * region in its own colour and bold label, the province and Indonesia as labelled reference lines.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { LegendList } from "./legend-list";
import { Sized } from "./sized";
import { niceScale } from "./scale";
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
  // Bars start from a baseline below the smallest value: index differences are small, and a zero
  // origin would hide them. The axis shows where it starts.
  const { domain, ticks } = niceScale(values);
  return (
    <div className="chart-body">
      <LegendList
        items={[
          { label: focusLabel, color: FOCUS_COLOR, dash: "", kind: "bar" },
          { label: othersLabel, color: OTHER_COLOR, dash: "", kind: "bar" },
          ...references.map((r) => ({ label: `${r.label} (${fmt(r.value)})`, color: r.color, dash: r.dash, kind: "line" as const })),
        ]}
      />
      <Sized size={size}>
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: size ? 90 : 56, bottom: 4, left: 4 }} accessibilityLayer={false} {...size}>
            <CartesianGrid stroke="#e6eaef" horizontal={false} />
            <XAxis type="number" domain={domain} ticks={ticks} tickFormatter={fmt} stroke="#57606a" />
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
            <Bar dataKey="value" isAnimationActive={false} barSize={size ? 22 : 16}>
              {bars.map((b) => (
                <Cell key={b.code} fill={b.focus ? FOCUS_COLOR : OTHER_COLOR} />
              ))}
              <LabelList dataKey="value" position="right" formatter={(v: unknown) => (typeof v === "number" ? fmt(v) : "")} fontSize={size ? 18 : 12} fill="#1b1f24" />
            </Bar>
            {references.map((r) => (
              <ReferenceLine key={r.label} x={r.value} stroke={r.color} strokeDasharray={r.dash || undefined} strokeWidth={2} ifOverflow="extendDomain" />
            ))}
          </BarChart>
      </Sized>
    </div>
  );
}
