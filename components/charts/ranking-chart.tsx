/**
 * Regions ranked on one indicator in one year: a dot per region on its row, best first, the focus
 * region in its own colour and bold label, the province and Indonesia as labelled reference lines.
 *
 * Drawn on the server only: positions along the value axis are percentages of the plot's width, so
 * the drawing fits any screen or page without being redrawn (hundreds of rows at national scale cost
 * the browser nothing after the first paint). A dot per region, not a bar: index differences are
 * small, the axis cannot start at zero, and a bar from a non-zero start would misstate its length.
 */
import { formatNumber } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { RankingBar, RankingReference } from "@/lib/chart/types";
import { fractionScale, minorTicks, niceScale, pct, tickLabel } from "@/lib/chart/scale";
import { AXIS_COLOR, FOCUS_COLOR, GRID_COLOR, OTHER_COLOR, RANKING_ROW_HEIGHT } from "@/lib/chart/style";
import { LegendList } from "./legend-list";
import { BottomAxis, Plot, fonts, type Gutters } from "./plot";
import { RankRows } from "./ranking-rows";

/** Height of the drawing for a number of rows (the frame reserves it, so nothing shifts). */
export function rankingHeight(rows: number, big = false): number {
  return rows * (big ? 34 : RANKING_ROW_HEIGHT) + (big ? 44 : 32);
}

export function RankingChart({
  lang,
  decimals,
  bars,
  references,
  focusLabel,
  othersLabel,
  big = false,
}: {
  lang: Lang;
  decimals: number;
  bars: RankingBar[];
  references: RankingReference[];
  focusLabel: string;
  othersLabel: string;
  /** Slide size: larger type and rows. */
  big?: boolean;
}) {
  const f = fonts(big);
  const fmt = (v: number) => formatNumber(v, lang, decimals);
  const { domain, ticks, tickDecimals } = niceScale([...bars.map((b) => b.value), ...references.map((r) => r.value)]);
  const x = fractionScale(domain);
  const g: Gutters = big ? { left: 250, right: 90, top: 4, bottom: 40 } : { left: 150, right: 56, top: 4, bottom: 28 };
  const band = big ? 34 : RANKING_ROW_HEIGHT;
  const height = rankingHeight(bars.length, big);
  const bottom = height - g.bottom;
  const radius = big ? 9 : 6;
  // A white halo behind a value where a reference line passes through it: a copy drawn first, since
  // office programs ignore paint-order when the SVG is pasted. The label is about 12 % of the plot wide.
  const crossed = (v: number) => references.some((r) => x(r.value) > x(v) && x(r.value) - x(v) < 0.14);
  return (
    <div className="chart-body">
      <LegendList
        items={[
          { label: focusLabel, color: FOCUS_COLOR, dash: "", kind: "dot" },
          { label: othersLabel, color: OTHER_COLOR, dash: "", kind: "dot" },
          ...references.map((r) => ({
            label: `${r.label} (${fmt(r.value)})`,
            color: r.color,
            dash: r.dash,
            kind: "line" as const,
          })),
        ]}
      />
      <Plot height={height} gutters={g} className="ranking-plot">
        {ticks.map((t) => (
          <line key={t} x1={pct(x(t))} x2={pct(x(t))} y1={g.top} y2={bottom} stroke={GRID_COLOR} />
        ))}
        <g className="ranking-axis">
          <BottomAxis
            ticks={ticks}
            x={x}
            y={bottom}
            label={tickLabel(lang, decimals, tickDecimals)}
            minor={minorTicks(ticks)}
            fontSize={f.tick}
          />
        </g>
        {references.map((r) => (
          <line
            key={r.label}
            x1={pct(x(r.value))}
            x2={pct(x(r.value))}
            y1={g.top}
            y2={bottom}
            stroke={r.color}
            strokeDasharray={r.dash || undefined}
            strokeWidth={2}
          />
        ))}
        <RankRows
          rows={bars.map((b) => ({ ...b, text: fmt(b.value) }))}
          x={x}
          top={g.top}
          band={band}
          radius={radius}
          fontSize={f.label}
          valueFontSize={f.value}
          crossed={crossed}
        />
      </Plot>
      {domain[0] !== 0 ? (
        <p className="axis-note" data-testid="axis-note">
          {dict(lang).indicatorPage.axisStart(tickLabel(lang, decimals, tickDecimals)(domain[0]))}
        </p>
      ) : null}
    </div>
  );
}

/** The axis colour, for callers that draw next to a ranking. */
export const RANKING_AXIS = AXIS_COLOR;
