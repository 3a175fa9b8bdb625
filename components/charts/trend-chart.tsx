/**
 * Trend of one region on one indicator: one line per methodology series (never joined across a
 * break), published values of other sources or unstated series as loose markers, the target's
 * baseline and target with the straight path between them, the current trend projected to the target
 * year and the gap left there, and a planner's scenario when one is given. Years without data are
 * gaps, never zeros. Pure SVG: drawn on the server, and by the scenario's client shell with the same code.
 */
import { formatNumber } from "@/lib/format/number";
import type { TrendChartProps, YearPoint } from "@/lib/chart/types";
import { fractionScale, linePath, linearScale, minorTicks, niceScale, pct, tickLabel } from "@/lib/chart/scale";
import { GAP_COLOR, INK_COLOR, MUTED_COLOR } from "@/lib/chart/style";
import { LegendList, type LegendItem } from "./legend-list";
import { BottomAxis, LineLayer, Plot, Stroke, ValueAxis, fonts, type Gutters } from "./plot";

/** A planner's scenario target (not official), drawn from the latest value. */
export interface ScenarioMark {
  from: YearPoint;
  to: YearPoint;
  label: string;
  pathLabel: string;
}

/** Runs of consecutive years: a line is drawn within a run, never across a missing year. */
function runs(points: YearPoint[]): YearPoint[][] {
  const out: YearPoint[][] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const run = out.at(-1);
    if (run && p.year - run.at(-1)!.year === 1) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** A diamond glyph centred on (x as a fraction of the width, y px). */
function Diamond({ x, y, size, fill, tip }: { x: number; y: number; size: number; fill: string; tip: string }) {
  return (
    <svg x={pct(x)} y={y} width="1" height="1" overflow="visible" data-tip={tip}>
      <path d={`M0 ${-size}l${size} ${size}-${size} ${size}-${size}-${size}z`} fill={fill} stroke={INK_COLOR} strokeWidth={2} />
    </svg>
  );
}

export function trendLegend(chart: TrendChartProps, scenario: ScenarioMark | null): LegendItem[] {
  const { lines, loose, baseline, target, path, projection } = chart;
  return [
    ...lines.map((l) => ({ label: l.label, color: l.color, dash: l.dash, kind: "line" as const })),
    ...(loose && loose.points.length ? [{ label: loose.label, color: MUTED_COLOR, dash: "", kind: "hollow" as const }] : []),
    ...(path ? [{ label: path.label, color: MUTED_COLOR, dash: "4 4", kind: "line" as const }] : []),
    ...(baseline ? [{ label: baseline.label, color: INK_COLOR, dash: "", kind: "hollow" as const }] : []),
    ...(projection ? [{ label: projection.label, color: projection.color, dash: "0.1 6", kind: "dots" as const }] : []),
    ...(target ? [{ label: target.label, color: INK_COLOR, dash: "", kind: "diamond" as const }] : []),
    ...(scenario
      ? [
          { label: scenario.pathLabel, color: MUTED_COLOR, dash: "4 4", kind: "line" as const },
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
  const years = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i);
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
  const segment = (from: YearPoint, to: YearPoint) => linePath([from, to].map((p) => ({ x: x(p.year), y: y(p.value) })));
  return (
    <LineLayer height={height}>
      {path ? <Stroke d={segment(path.from, path.to)} className="trend-path" color={MUTED_COLOR} width={1.5} dash="4 4" /> : null}
      {projection ? (
        <Stroke
          d={segment(projection.from, projection.to)}
          className="trend-projection"
          color={projection.color}
          width={3.5}
          dash="0.1 7"
        />
      ) : null}
      {scenario ? (
        <Stroke d={segment(scenario.from, scenario.to)} className="trend-path" color={MUTED_COLOR} width={1.5} dash="4 4" />
      ) : null}
      {gap ? (
        <Stroke
          d={segment({ year: gap.year, value: gap.from }, { year: gap.year, value: gap.to })}
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
              d={linePath(r.map((p) => ({ x: x(p.year), y: y(p.value) })))}
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

/**
 * Where BPS changed the method: a rule across the plot at the year boundary, labelled at the top; the
 * full note is the tooltip of the rule. Values on its two sides cannot be compared.
 */
function MethodBreak({
  at,
  top,
  bottom,
  label,
  tip,
  fontSize,
}: {
  at: number;
  top: number;
  bottom: number;
  label: string;
  tip: string;
  fontSize: number;
}) {
  return (
    <g className="method-break" data-testid="method-break">
      <line x1={pct(at)} x2={pct(at)} y1={top} y2={bottom} stroke={MUTED_COLOR} strokeWidth={1.5} strokeDasharray="2 3" />
      <rect x={pct(at)} y={top} width="1" height={bottom - top} fill="transparent" data-tip={tip} />
      <text
        x={pct(at)}
        dx={5}
        y={top + fontSize}
        fontSize={fontSize}
        fill={INK_COLOR}
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
        className="break-label"
      >
        {label}
      </text>
    </g>
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
      <Diamond x={x(point.year)} y={y(point.value)} size={size} fill={fill} tip={tip} />
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
