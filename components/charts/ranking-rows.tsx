/**
 * Rows of a ranking: each region's name in the left gutter, a thin guide to its dot at its value,
 * the value beside the dot. Shared by the ranking chart and the national strip, so a region ranks the
 * same way wherever it is drawn. Row styles are classes inside the SVG (at national scale there are
 * hundreds of rows, and the page's HTML carries each one; a downloaded copy keeps them).
 */
import { pct } from "@/lib/chart/scale";
import { FOCUS_COLOR, INK_COLOR, OTHER_COLOR } from "@/lib/chart/style";

const ROW_STYLE =
  `.rk-l{text-anchor:end}.rk-focus .rk-l{font-weight:700;fill:${FOCUS_COLOR}}` +
  `.rk-g{stroke:#c9d1d9;stroke-width:1.5px}.rk-focus .rk-g{stroke:${FOCUS_COLOR};stroke-width:2px;stroke-opacity:.5}` +
  `.rk-c{fill:${OTHER_COLOR};stroke:#fff;stroke-width:1.5px}.rk-focus .rk-c{fill:${FOCUS_COLOR}}` +
  `.rk-h{stroke:#fff;stroke-width:4px}`;

export interface RankRow {
  code: string;
  label: string;
  value: number;
  /** The value as shown beside the dot. */
  text: string;
  focus: boolean;
}

/** The vertical middle of a line of text of this size, from its baseline. */
const middle = (fontSize: number) => Math.round(fontSize * 0.35 * 10) / 10;

export function RankRows({
  rows,
  x,
  top,
  band,
  radius,
  fontSize,
  valueFontSize,
  crossed,
}: {
  rows: RankRow[];
  /** Fraction of the plot's width for a value. */
  x: (v: number) => number;
  top: number;
  band: number;
  radius: number;
  fontSize: number;
  valueFontSize: number;
  /** Whether a reference line passes through the value's label (it then gets a white halo). */
  crossed: (v: number) => boolean;
}) {
  const gap = radius + (radius > 6 ? 8 : 5);
  return (
    <>
      <style>{ROW_STYLE}</style>
      <g fontSize={fontSize} fill={INK_COLOR}>
        {rows.map((b, i) => {
          const cx = pct(x(b.value));
          return (
            <g
              key={b.code}
              className={b.focus ? "rank-dot rk-focus" : "rank-dot"}
              data-code={b.code}
              transform={`translate(0 ${Math.round((top + band * (i + 0.5)) * 10) / 10})`}
            >
              <text x="0" dx="-8" y={middle(fontSize)} className="rk-l">
                {b.label}
              </text>
              <line x1="0" x2={cx} className="rk-g" />
              <circle cx={cx} r={b.focus ? radius * 1.2 : radius} className="rk-c" data-tip={`${b.label}: ${b.text}`} />
              {crossed(b.value) ? (
                <text x={cx} dx={gap} y={middle(valueFontSize)} fontSize={valueFontSize} className="rk-h">
                  {b.text}
                </text>
              ) : null}
              <text x={cx} dx={gap} y={middle(valueFontSize)} fontSize={valueFontSize}>
                {b.text}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
}
