/**
 * Two indices for one year, one point per regency or city: the focus region as a coloured diamond,
 * every point named where its name fits without overlapping another (on a phone only the focus
 * region's; the tooltip names every point), the province's values as dashed reference lines, and on
 * each axis an arrow to the side that is better. Pure SVG (horizontal positions as percentages): the
 * same drawing on the server and in the browser when the vertical index changes.
 */
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import type { ScatterPair } from "@/lib/chart/types";
import { fractionScale, linearScale, minorTicks, niceScale, pct, tickLabel } from "@/lib/chart/scale";
import { PlotDiamond } from "./marks";
import { placePointLabels } from "@/lib/chart/label-layout";
import { AXIS_COLOR, FOCUS_COLOR, INK_COLOR, OTHER_COLOR, PROVINCE_COLOR } from "@/lib/chart/style";
import { BottomAxis, Plot, ValueAxis, fonts, type Gutters } from "./plot";

/** Plot width labels are laid out for; narrower plots show the focus region's label only. */
const LAYOUT_WIDTH = 720;

export interface ScatterText {
  better: string;
  province: string | null;
}

export function ScatterPlot({
  lang,
  pair,
  regions,
  focus,
  height,
  text,
}: {
  lang: Lang;
  pair: ScatterPair;
  regions: { code: string; label: string }[];
  focus: string;
  height: number;
  text: ScatterText;
}) {
  const f = fonts(false);
  const g: Gutters = { left: 64, right: 24, top: 28, bottom: 52 };
  const points = regions
    .filter((r) => pair.x.values[r.code] !== undefined && pair.y.values[r.code] !== undefined)
    .map((r) => ({ ...r, x: pair.x.values[r.code]!, y: pair.y.values[r.code]!, focus: r.code === focus }));
  const xs = niceScale([...points.map((p) => p.x), ...(pair.x.reference !== null ? [pair.x.reference] : [])]);
  const ys = niceScale([...points.map((p) => p.y), ...(pair.y.reference !== null ? [pair.y.reference] : [])]);
  const bottom = height - g.bottom;
  const x = fractionScale(xs.domain);
  const y = linearScale(ys.domain, [bottom, g.top]);
  const n = (v: number, decimals: number) => formatNumber(v, lang, decimals);
  // Labels laid out at a nominal width, the focus region first, then the points furthest out.
  const order = [...points].sort((a, b) => Number(b.focus) - Number(a.focus) || spread(b) - spread(a));
  function spread(p: { x: number; y: number }) {
    return Math.abs(x(p.x) - 0.5) + Math.abs((y(p.y) - g.top) / (bottom - g.top) - 0.5);
  }
  const sides = placePointLabels(
    order.map((p) => ({ x: x(p.x) * LAYOUT_WIDTH, y: y(p.y), width: p.label.length * f.value * 0.56 + 4, height: f.value + 2 })),
    { width: LAYOUT_WIDTH, height: bottom },
  );
  const arrow = (direction: "higher" | "lower", axis: "x" | "y") =>
    axis === "x" ? (direction === "higher" ? "→" : "←") : direction === "higher" ? "↑" : "↓";
  return (
    <Plot height={height} gutters={g} className="scatter-plot">
      <ValueAxis ticks={ys.ticks} y={y} label={tickLabel(lang, pair.y.decimals, ys.tickDecimals)} fontSize={f.tick} />
      <BottomAxis
        ticks={xs.ticks}
        x={x}
        y={bottom}
        label={tickLabel(lang, pair.x.decimals, xs.tickDecimals)}
        minor={minorTicks(xs.ticks)}
        fontSize={f.tick}
        grid={g.top}
      />
      <text x="100%" y={height - 8} textAnchor="end" fontSize={f.label} fontWeight={700} fill={INK_COLOR} className="axis-title">
        {pair.x.code} {arrow(pair.x.direction, "x")} {text.better}
      </text>
      <text x="0" dx="-56" y={12} fontSize={f.label} fontWeight={700} fill={INK_COLOR} className="axis-title">
        {pair.y.code} {arrow(pair.y.direction, "y")} {text.better}
      </text>
      <References pair={pair} x={x} y={y} top={g.top} bottom={bottom} fontSize={f.note} province={text.province} lang={lang} />
      {order.map((p, i) => {
        const tip = `${p.label}: ${pair.x.code} ${n(p.x, pair.x.decimals)}, ${pair.y.code} ${n(p.y, pair.y.decimals)} (${pair.year})`;
        const cx = pct(x(p.x));
        const cy = y(p.y);
        const side = sides[i];
        const label = side ? labelAt(side, f.value) : null;
        return (
          <g key={p.code} className={p.focus ? "scatter-point focus" : "scatter-point"} data-code={p.code}>
            {p.focus ? (
              <PlotDiamond x={x(p.x)} y={cy} size={8} fill={FOCUS_COLOR} stroke="#fff" strokeWidth={1.5} tip={tip} />
            ) : (
              <circle cx={cx} cy={cy} r={6} fill={OTHER_COLOR} stroke="#fff" strokeWidth={1.5} data-tip={tip} />
            )}
            {label ? (
              <text
                x={cx}
                dx={label.dx}
                y={cy + label.dy}
                textAnchor={label.anchor}
                fontSize={p.focus ? f.label : f.value}
                fontWeight={p.focus ? 700 : 400}
                fill={p.focus ? FOCUS_COLOR : AXIS_COLOR}
                className={p.focus ? "pt-label" : "pt-label pt-minor"}
              >
                {p.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </Plot>
  );
}

/** The province's value on each axis as a dashed line, named with its value. */
function References({
  pair,
  x,
  y,
  top,
  bottom,
  fontSize,
  province,
  lang,
}: {
  pair: ScatterPair;
  x: (v: number) => number;
  y: (v: number) => number;
  top: number;
  bottom: number;
  fontSize: number;
  province: string | null;
  lang: Lang;
}) {
  const n = (v: number, decimals: number) => formatNumber(v, lang, decimals);
  return (
    <>
      {pair.x.reference !== null ? (
        <g className="reference">
          <line
            x1={pct(x(pair.x.reference))}
            x2={pct(x(pair.x.reference))}
            y1={top}
            y2={bottom}
            stroke={PROVINCE_COLOR}
            strokeDasharray="7 4"
            strokeWidth={1.5}
          />
          <text x={pct(x(pair.x.reference))} dx="4" y={top + fontSize} fontSize={fontSize} fill={PROVINCE_COLOR}>
            {province} {n(pair.x.reference, pair.x.decimals)}
          </text>
        </g>
      ) : null}
      {pair.y.reference !== null ? (
        <g className="reference">
          <line
            x1="0"
            x2="100%"
            y1={y(pair.y.reference)}
            y2={y(pair.y.reference)}
            stroke={PROVINCE_COLOR}
            strokeDasharray="7 4"
            strokeWidth={1.5}
          />
          <text x="100%" y={y(pair.y.reference) - 5} textAnchor="end" fontSize={fontSize} fill={PROVINCE_COLOR}>
            {province} {n(pair.y.reference, pair.y.decimals)}
          </text>
        </g>
      ) : null}
    </>
  );
}

function labelAt(
  side: "right" | "left" | "above" | "below",
  size: number,
): { dx: number; dy: number; anchor: "start" | "end" | "middle" } {
  switch (side) {
    case "right":
      return { dx: 9, dy: size * 0.35, anchor: "start" };
    case "left":
      return { dx: -9, dy: size * 0.35, anchor: "end" };
    case "above":
      return { dx: 0, dy: -9, anchor: "middle" };
    case "below":
      return { dx: 0, dy: 9 + size * 0.8, anchor: "middle" };
  }
}
