"use client";
/** The drawing part of the peers chart (loaded lazily with the charting library). */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { niceScale, tickLabel } from "./scale";

export interface PlotLine {
  code: string;
  label: string;
  color: string;
  dash: string;
  width: number;
  points: { year: number; value: number }[];
}

export function PeersPlot({ lang, decimals, lines }: { lang: Lang; decimals: number; lines: PlotLine[] }) {
  const years = lines.flatMap((l) => l.points.map((p) => p.year));
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const rows: Record<string, number | null>[] = [];
  for (let y = minYear; y <= maxYear; y++) {
    const row: Record<string, number | null> = { year: y };
    for (const l of lines) row[l.code] = l.points.find((p) => p.year === y)?.value ?? null;
    rows.push(row);
  }
  const fmt = (v: number) => formatNumber(v, lang, decimals);
  const { domain, ticks, tickDecimals } = niceScale(lines.flatMap((l) => l.points.map((p) => p.value)));
  const tick = tickLabel(lang, decimals, tickDecimals);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e6eaef" vertical={false} />
        <XAxis dataKey="year" type="number" domain={[minYear, maxYear]} allowDecimals={false} stroke="#57606a" />
        <YAxis domain={domain} ticks={ticks} tickFormatter={tick} width={56} stroke="#57606a" />
        <Tooltip formatter={(v) => (typeof v === "number" ? fmt(v) : String(v))} labelFormatter={(y) => String(y)} />
        {lines.map((l) => (
          <Line
            key={l.code}
            dataKey={l.code}
            name={l.label}
            stroke={l.color}
            strokeWidth={l.width}
            strokeDasharray={l.dash || undefined}
            dot={{ r: 2.5, fill: l.color, stroke: l.color }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
