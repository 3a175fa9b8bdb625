/**
 * Many values on one axis, drawn on the server: every kab/kota a small dot in a band (neighbours
 * spread in height, lib/chart/strip), the middle half shaded with its median, the focus region in
 * its colour and labelled, the province and Indonesia as labelled reference lines, and the focus
 * province's kab/kota beneath as labelled rows on the same axis. Positions along the axis are
 * percentages, so the drawing fits any width; the page's data table lists every value.
 */
import { fractionScale, minorTicks, pct } from "@/lib/chart/scale";
import { stripOffsets } from "@/lib/chart/strip";
import { FOCUS_COLOR, GRID_COLOR, INK_COLOR, MUTED_COLOR, OTHER_COLOR, RANKING_ROW_HEIGHT } from "@/lib/chart/style";
import type { StripChartProps } from "@/lib/chart/types";
import { LegendList } from "./legend-list";
import { BottomAxis, Plot, fonts, type Gutters } from "./plot";
import { RankRows } from "./ranking-rows";

const CLOUD = 84;
const LABELS = 34;
const GUTTERS: Gutters = { left: 150, right: 56, top: 4, bottom: 28 };

/** Height of the drawing, so the frame can reserve it. */
export function stripHeight(rows: number): number {
  return GUTTERS.top + LABELS + CLOUD + rows * RANKING_ROW_HEIGHT + GUTTERS.bottom + 8;
}

export function StripChart({ chart }: { chart: StripChartProps }) {
  const f = fonts(false);
  const g = GUTTERS;
  const height = stripHeight(chart.rows.length);
  const bottom = height - g.bottom;
  const x = fractionScale(chart.axis.domain);
  const cloudTop = g.top + LABELS;
  const cloudMiddle = cloudTop + CLOUD / 2;
  const offsets = stripOffsets(chart.points.length);
  const crossed = (v: number) => chart.references.some((r) => x(r.value) > x(v) && x(r.value) - x(v) < 0.14);
  const q = chart.quartiles;
  return (
    <div className="chart-body">
      <LegendList items={chart.legend} />
      <Plot height={height} gutters={g} className="strip-plot">
        {chart.axis.ticks.map((t) => (
          <line key={t.value} x1={pct(x(t.value))} x2={pct(x(t.value))} y1={cloudTop} y2={bottom} stroke={GRID_COLOR} />
        ))}
        <BottomAxis
          ticks={chart.axis.ticks.map((t) => t.value)}
          x={x}
          y={bottom}
          label={(v) => chart.axis.ticks.find((t) => t.value === v)?.label ?? ""}
          minor={minorTicks(chart.axis.ticks.map((t) => t.value))}
          fontSize={f.tick}
        />
        <text x="0" dx="-8" y={cloudMiddle + f.label * 0.35} fontSize={f.label} fill={INK_COLOR} textAnchor="end">
          {chart.cloudLabel}
        </text>
        {q ? (
          <g className="strip-quartiles">
            <rect x={pct(x(q.q1))} width={pct(x(q.q3) - x(q.q1))} y={cloudTop} height={CLOUD} fill="#eef1f4" data-tip={q.tip} />
            <line
              x1={pct(x(q.median))}
              x2={pct(x(q.median))}
              y1={cloudTop}
              y2={cloudTop + CLOUD}
              stroke={MUTED_COLOR}
              strokeWidth={2}
            />
          </g>
        ) : null}
        <g className="strip-cloud">
          {chart.points.map((p, i) => (
            <circle
              key={p.code}
              cx={pct(x(p.value))}
              cy={Math.round((cloudMiddle + offsets[i]! * (CLOUD / 2 - 5)) * 10) / 10}
              r={p.marked ? 3.4 : 2.6}
              fill={p.marked ? INK_COLOR : OTHER_COLOR}
              fillOpacity={p.marked ? 0.85 : 0.5}
              data-code={p.code}
              data-tip={p.tip}
            />
          ))}
        </g>
        {chart.references.map((r, i) => (
          <g key={r.label} className="strip-reference">
            <line
              x1={pct(x(r.value))}
              x2={pct(x(r.value))}
              y1={g.top + (i % 2 === 0 ? 2 : 18)}
              y2={bottom}
              stroke={r.color}
              strokeDasharray={r.dash || undefined}
              strokeWidth={2}
            />
            <text x={pct(x(r.value))} dx={4} y={g.top + (i % 2 === 0 ? 12 : 28)} fontSize={f.note} fill={r.color}>
              {r.label}
            </text>
          </g>
        ))}
        {chart.focus ? (
          <g className="strip-focus" data-testid="strip-focus">
            <circle
              cx={pct(x(chart.focus.value))}
              cy={cloudMiddle}
              r={7}
              fill={FOCUS_COLOR}
              stroke="#fff"
              strokeWidth={2}
              data-tip={chart.focus.tip}
            />
            <text
              x={pct(x(chart.focus.value))}
              y={cloudMiddle - 12}
              textAnchor="middle"
              fontSize={f.label}
              fontWeight={700}
              fill={FOCUS_COLOR}
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {chart.focus.label}
            </text>
          </g>
        ) : null}
        <RankRows
          rows={chart.rows}
          x={x}
          top={cloudTop + CLOUD + 8}
          band={RANKING_ROW_HEIGHT}
          radius={5}
          fontSize={f.label}
          valueFontSize={f.value}
          crossed={crossed}
        />
      </Plot>
    </div>
  );
}
