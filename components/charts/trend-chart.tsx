/**
 * Trend of one region on one indicator: one line per methodology series (never joined across a
 * break), published values of other sources or unstated series as loose markers, the target's
 * baseline and target with the straight path between them, the current trend projected to the target
 * year and the gap left there, and a planner's scenario when one is given. Years without data are
 * gaps, never zeros. Pure SVG: drawn on the server, and by the scenario's client shell with the same code.
 */
import { formatNumber } from "@/lib/format/number";
import type { TrendChartProps, YearPoint } from "@/lib/chart/types";
import { runs, type PlotPoint } from "@/lib/chart/path";
import { fractionScale, linearScale, minorTicks, niceScale, pct, tickLabel, yearRange } from "@/lib/chart/scale";
import { GAP_COLOR, INK_COLOR, MUTED_COLOR, PATH_DASH, PROJECTION_DASH } from "@/lib/chart/style";
import { LegendList, type LegendItem } from "./legend-list";
import { MethodBreak, PlotDiamond } from "./marks";
import { BottomAxis, LineLayer, Plot, Stroke, ValueAxis, fonts, type Gutters } from "./plot";

/** A planner's scenario target (not official), drawn from the latest value. */
export interface ScenarioMark {
  from: YearPoint;
  to: YearPoint;
  label: string;
  pathLabel: string;
}

export function trendLegend(chart: TrendChartProps, scenario: ScenarioMark | null): LegendItem[] {
  const { lines, loose, baseline, target, path, projection } = chart;
  return [
    ...lines.map((l) => ({ label: l.label, color: l.color, dash: l.dash, kind: "line" as const })),
    ...(loose && loose.points.length ? [{ label: loose.label, color: MUTED_COLOR, dash: "", kind: "hollow" as const }] : []),
    ...(path ? [{ label: path.label, color: MUTED_COLOR, dash: PATH_DASH, kind: "line" as const }] : []),
    ...(baseline ? [{ label: baseline.label, color: INK_COLOR, dash: "", kind: "hollow" as const }] : []),
    ...(projection ? [{ label: projection.label, color: projection.color, dash: PROJECTION_DASH, kind: "dots" as const }] : []),
    ...(target ? [{ label: target.label, color: INK_COLOR, dash: "", kind: "diamond" as const }] : []),
    ...(scenario
      ? [
          { label: scenario.pathLabel, color: MUTED_COLOR, dash: PATH_DASH, kind: "line" as const },
          { label: scenario.label, color: INK_COLOR, dash: "", kind: "hollow-diamond" as const },
        ]
      : []),
  ];
}

export function TrendChart({
  chart,
  height,
  big = false,
  scenario = null,
}: {
  chart: TrendChartProps;
  /** Height of the drawing in px (the legend sits above it). */
  height: number;
  /** Slide size: larger type and gutters. */
  big?: boolean;
  scenario?: ScenarioMark | null;
}) {
  const { lang, decimals, lines, loose, baseline, target, projection, gap } = chart;
  const f = fonts(big);
  const g: Gutters = big ? { left: 96, right: 190, top: 28, bottom: 44 } : { left: 56, right: 104, top: 18, bottom: 30 };
  const x0 = chart.xDomain[0];
  const x1 = Math.max(chart.xDomain[1], scenario?.to.year ?? 0);
  const years = yearRange(x0, x1);
  const values = [
    ...lines.flatMap((l) => l.points.map((p) => p.value)),
    ...(loose?.points.map((p) => p.value) ?? []),
    ...[baseline?.value, target?.value, projection?.to.value, scenario?.to.value].filter((v): v is number => v !== undefined),
  ];
  const { domain, ticks, tickDecimals } = niceScale(values);
  const bottom = height - g.bottom;
  const x = fractionScale([x0, x1]);
  const y = linearScale(domain, [bottom, g.top]);
  const n = (v: number) => formatNumber(v, lang, decimals);
  return (
    <div className="chart-body">
      <LegendList items={trendLegend(chart, scenario)} />
      <Plot height={height} gutters={g}>
        <ValueAxis ticks={ticks} y={y} label={tickLabel(lang, decimals, tickDecimals)} fontSize={f.tick} />
        <BottomAxis ticks={years} x={x} y={bottom} label={String} minor={minorTicks(years)} fontSize={f.tick} />
        {chart.breaks?.map((b) => (
          <MethodBreak key={b.x} at={x(b.x)} top={g.top} bottom={bottom} label={b.label} tip={b.tip} fontSize={f.note} />
        ))}
        <TrendLines chart={chart} scenario={scenario} x={x} y={y} height={height} />
        <TrendMarks chart={chart} x={x} y={y} big={big} />
        {gap ? (
          <text
            x={pct(x(gap.year))}
            dx={big ? 14 : 9}
            y={(y(gap.from) + y(gap.to)) / 2 + f.note * 0.35}
            fontSize={f.note}
            fontWeight={700}
            fill={GAP_COLOR}
          >
            {gap.label}
          </text>
        ) : null}
        {target ? (
          <TargetMark
            point={target}
            x={x}
            y={y}
            big={big}
            label={n(target.value)}
            tip={`${target.year} · ${target.label}: ${n(target.value)}`}
            fill={INK_COLOR}
          />
        ) : null}
        {scenario ? (
          <TargetMark
            point={scenario.to}
            x={x}
            y={y}
            big={big}
            label={n(scenario.to.value)}
            tip={`${scenario.to.year} · ${scenario.label}: ${n(scenario.to.value)}`}
            fill="#fff"
            testId="scenario-target"
          />
        ) : null}
      </Plot>
    </div>
  );
}

/** The series lines (never across a missing year), the target path, the projection, the scenario path and the gap. */
function TrendLines({
  chart,
  scenario,
  x,
  y,
  height,
}: {
  chart: TrendChartProps;
  scenario: ScenarioMark | null;
  x: (v: number) => number;
  y: (v: number) => number;
  height: number;
}) {
  const { lines, path, projection, gap } = chart;
  const at = (p: YearPoint): PlotPoint => ({ x: x(p.year), y: y(p.value) });
  const segment = (from: YearPoint, to: YearPoint) => [at(from), at(to)];
  return (
    <LineLayer height={height}>
      {path ? (
        <Stroke points={segment(path.from, path.to)} className="trend-path" color={MUTED_COLOR} width={1.5} dash={PATH_DASH} />
      ) : null}
      {projection ? (
        <Stroke
          points={segment(projection.from, projection.to)}
          className="trend-projection"
          color={projection.color}
          width={3.5}
          dash={PROJECTION_DASH}
        />
      ) : null}
      {scenario ? (
        <Stroke
          points={segment(scenario.from, scenario.to)}
          className="trend-path"
          color={MUTED_COLOR}
          width={1.5}
          dash={PATH_DASH}
        />
      ) : null}
      {gap ? (
        <Stroke
          points={segment({ year: gap.year, value: gap.from }, { year: gap.year, value: gap.to })}
          className="trend-gap"
          color={GAP_COLOR}
        />
      ) : null}
      {lines.flatMap((l) =>
        runs(l.points)
          .filter((r) => r.length > 1)
          .map((r) => (
            <Stroke
              key={`${l.key}-${r[0]!.year}`}
              className="trend-line"
              series={l.key}
              points={r.map(at)}
              color={l.color}
              width={l.width}
              dash={l.dash}
            />
          )),
      )}
    </LineLayer>
  );
}

/** A marker per published value (series points, other sources' values), the target's baseline and the projection's end, each named for the tooltip. */
function TrendMarks({
  chart,
  x,
  y,
  big,
}: {
  chart: TrendChartProps;
  x: (v: number) => number;
  y: (v: number) => number;
  big: boolean;
}) {
  const { lang, decimals, lines, loose, baseline, projection } = chart;
  const n = (v: number) => formatNumber(v, lang, decimals);
  return (
    <>
      {lines.flatMap((l) =>
        l.points.map((p) => (
          <circle
            key={`${l.key}-${p.year}`}
            className="mark"
            data-series={l.key}
            cx={pct(x(p.year))}
            cy={y(p.value)}
            r={big ? 6 : 3.5}
            fill={l.color}
            data-tip={`${p.year} · ${l.label}: ${n(p.value)}`}
          />
        )),
      )}
      {loose?.points.map((p) => (
        <circle
          key={`loose-${p.year}-${p.value}`}
          className="mark mark-loose"
          cx={pct(x(p.year))}
          cy={y(p.value)}
          r={big ? 7 : 4.5}
          fill="#fff"
          stroke={MUTED_COLOR}
          strokeWidth={2}
          data-tip={`${p.year} · ${loose.label}: ${n(p.value)}`}
        />
      ))}
      {baseline ? (
        <circle
          className="mark"
          cx={pct(x(baseline.year))}
          cy={y(baseline.value)}
          r={big ? 8 : 5}
          fill="#fff"
          stroke={INK_COLOR}
          strokeWidth={2}
          data-tip={`${baseline.year} · ${baseline.label}: ${n(baseline.value)}`}
        />
      ) : null}
      {projection ? (
        <circle
          className="mark"
          cx={pct(x(projection.to.year))}
          cy={y(projection.to.value)}
          r={big ? 5 : 3}
          fill={projection.color}
          data-tip={`${projection.to.year} · ${projection.label}: ${n(projection.to.value)}`}
        />
      ) : null}
    </>
  );
}

function TargetMark({
  point,
  x,
  y,
  big,
  label,
  tip,
  fill,
  testId,
}: {
  point: YearPoint;
  x: (v: number) => number;
  y: (v: number) => number;
  big: boolean;
  label: string;
  tip: string;
  fill: string;
  testId?: string;
}) {
  const size = big ? 12 : 8;
  return (
    <g data-testid={testId}>
      <PlotDiamond x={x(point.year)} y={y(point.value)} size={size} fill={fill} tip={tip} />
      <text
        x={pct(x(point.year))}
        y={y(point.value) - size - 5}
        textAnchor="middle"
        fontSize={fonts(big).label}
        fontWeight={700}
        fill={INK_COLOR}
      >
        {label}
      </text>
    </g>
  );
}
