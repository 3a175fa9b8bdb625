"use client";
/**
 * Trend of one region on one indicator: one line per methodology series (never joined across a
 * break), published values of unstated series as loose markers, the baseline and target, the
 * straight path between them, the current trend projected to the target year and the gap left there.
 * Years without data are gaps, never zeros.
 */
import type { TrendChartProps, YearPoint } from "@/lib/view/chart-types";
import { CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { readScenario } from "@/lib/view/scenario";
import { formatNumber } from "@/lib/format/number";
import { LegendList, type LegendItem } from "./legend-list";
import { Sized } from "./sized";
import { niceScale, tickLabel } from "./scale";
import { useUrlParam } from "./use-url-param";

/** The scenario target in the URL, when it is a number in the indicator's range; otherwise nothing is drawn. */
function useScenarioTarget(scenario: TrendChartProps["scenario"]): YearPoint | null {
  const [raw] = useUrlParam("skenario");
  if (!scenario) return null;
  const input = readScenario(raw, scenario.range);
  return input.kind === "ok" ? { year: scenario.year, value: input.value } : null;
}

export function TrendChart(props: TrendChartProps) {
  const { lang, decimals, lines, loose, baseline, target, path, projection, gap, size, scenario } = props;
  const scenarioTarget = useScenarioTarget(scenario);
  const xDomain: [number, number] = scenarioTarget
    ? [props.xDomain[0], Math.max(props.xDomain[1], scenarioTarget.year)]
    : props.xDomain;
  const years: number[] = [];
  for (let y = xDomain[0]; y <= xDomain[1]; y++) years.push(y);
  const rows = years.map((year) => {
    const row: Record<string, number | null> = { year };
    for (const l of lines) row[l.key] = l.points.find((p) => p.year === year)?.value ?? null;
    return row;
  });
  const all = [
    ...lines.flatMap((l) => l.points.map((p) => p.value)),
    ...(loose?.points.map((p) => p.value) ?? []),
    ...[baseline?.value, target?.value, projection?.to.value, scenarioTarget?.value].filter((v): v is number => v !== undefined),
  ];
  const { domain, ticks, tickDecimals } = niceScale(all);
  const tick = tickLabel(lang, decimals, tickDecimals);
  const fmt = (v: number) => formatNumber(v, lang, decimals);
  const legend: LegendItem[] = [
    ...lines.map((l) => ({ label: l.label, color: l.color, dash: l.dash, kind: "line" as const })),
    ...(loose && loose.points.length ? [{ label: loose.label, color: "#57606a", dash: "", kind: "hollow" as const }] : []),
    ...(path ? [{ label: path.label, color: "#57606a", dash: "4 4", kind: "line" as const }] : []),
    ...(baseline ? [{ label: baseline.label, color: "#1B1F24", dash: "", kind: "hollow" as const }] : []),
    ...(projection ? [{ label: projection.label, color: projection.color, dash: "0.1 6", kind: "dots" as const }] : []),
    ...(target ? [{ label: target.label, color: "#1B1F24", dash: "", kind: "diamond" as const }] : []),
    ...(scenario && scenarioTarget
      ? [
          { label: scenario.pathLabel, color: "#57606a", dash: "4 4", kind: "line" as const },
          { label: scenario.label, color: "#1B1F24", dash: "", kind: "hollow-diamond" as const },
        ]
      : []),
  ];
  return (
    <div className="chart-body">
      <LegendList items={legend} />
      <Sized size={size}>
        <ComposedChart
          data={rows}
          margin={{ top: 16, right: size ? 170 : 96, bottom: 8, left: 8 }}
          accessibilityLayer={false}
          {...size}
        >
          <CartesianGrid stroke="#e6eaef" vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={xDomain}
            allowDecimals={false}
            tickCount={Math.min(years.length, 12)}
            stroke="#57606a"
            padding={{ left: 12 }}
          />
          <YAxis domain={domain} ticks={ticks} tickFormatter={tick} width={size ? 80 : 56} stroke="#57606a" />
          <Tooltip formatter={(v) => (typeof v === "number" ? fmt(v) : String(v))} labelFormatter={(y) => String(y)} />
          {path ? (
            <ReferenceLine
              segment={[
                { x: path.from.year, y: path.from.value },
                { x: path.to.year, y: path.to.value },
              ]}
              stroke="#57606a"
              strokeDasharray="4 4"
              strokeWidth={1.5}
              ifOverflow="extendDomain"
            />
          ) : null}
          {projection ? (
            <ReferenceLine
              segment={[
                { x: projection.from.year, y: projection.from.value },
                { x: projection.to.year, y: projection.to.value },
              ]}
              stroke={projection.color}
              strokeDasharray="0.1 6"
              strokeWidth={3.5}
              strokeLinecap="round"
              ifOverflow="extendDomain"
            />
          ) : null}
          {gap ? (
            <ReferenceLine
              segment={[
                { x: gap.year, y: gap.from },
                { x: gap.year, y: gap.to },
              ]}
              stroke="#b42318"
              strokeWidth={2}
              label={{ value: gap.label, position: "right", fill: "#b42318", fontSize: 12, fontWeight: 700 }}
            />
          ) : null}
          {lines.map((l) => (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.label}
              stroke={l.color}
              strokeWidth={l.width}
              strokeDasharray={l.dash || undefined}
              dot={{ r: 3.5, fill: l.color, stroke: l.color }}
              connectNulls={false}
              isAnimationActive={false}
              type="linear"
            />
          ))}
          {loose && loose.points.length ? (
            <Scatter
              data={loose.points.map((p) => ({ year: p.year, [loose.key]: p.value }))}
              dataKey={loose.key}
              name={loose.label}
              fill="#ffffff"
              stroke="#57606a"
              strokeWidth={2}
              isAnimationActive={false}
            />
          ) : null}
          {baseline ? (
            <ReferenceDot
              x={baseline.year}
              y={baseline.value}
              r={5}
              fill="#ffffff"
              stroke="#1B1F24"
              strokeWidth={2}
              ifOverflow="extendDomain"
            />
          ) : null}
          {target ? (
            <ReferenceDot
              x={target.year}
              y={target.value}
              r={7}
              shape={(p: { cx?: number; cy?: number }) => <path d={`M${p.cx} ${(p.cy ?? 0) - 8}l8 8-8 8-8-8z`} fill="#1B1F24" />}
              label={{ value: fmt(target.value), position: "top", fill: "#1B1F24", fontSize: 12, fontWeight: 700 }}
              ifOverflow="extendDomain"
            />
          ) : null}
          {scenario && scenarioTarget ? (
            <ReferenceLine
              segment={[
                { x: scenario.from.year, y: scenario.from.value },
                { x: scenarioTarget.year, y: scenarioTarget.value },
              ]}
              stroke="#57606a"
              strokeDasharray="4 4"
              strokeWidth={1.5}
            />
          ) : null}
          {scenario && scenarioTarget ? (
            <ReferenceDot
              x={scenarioTarget.year}
              y={scenarioTarget.value}
              r={7}
              shape={(p: { cx?: number; cy?: number }) => (
                <path
                  d={`M${p.cx} ${(p.cy ?? 0) - 8}l8 8-8 8-8-8z`}
                  fill="#ffffff"
                  stroke="#1B1F24"
                  strokeWidth={2}
                  data-testid="scenario-target"
                />
              )}
              label={{ value: fmt(scenarioTarget.value), position: "top", fill: "#1B1F24", fontSize: 12, fontWeight: 700 }}
            />
          ) : null}
        </ComposedChart>
      </Sized>
    </div>
  );
}
