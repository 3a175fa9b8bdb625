/**
 * Regions over time on one indicator: the focus region in its colour and thick, the province and
 * Indonesia as dashed reference lines, other regions grey until pointed at (then in their own colour).
 * Each line is named at its end, labels pushed apart so they never overlap. Years without data are
 * gaps. Pure SVG (positions along time as percentages): the same drawing on the server and in the
 * browser when the selection changes.
 */
import { QUIET_LABEL_COLOR, QUIET_LINE_COLOR } from "@/lib/chart/style";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import type { PeerRegion, YearPoint } from "@/lib/chart/types";
import { runs } from "@/lib/chart/path";
import { fractionScale, linearScale, minorTicks, niceScale, pct, tickLabel, yearRange } from "@/lib/chart/scale";
import { spreadLabels } from "@/lib/chart/label-layout";
import { BottomAxis, LineLayer, Plot, Stroke, ValueAxis, fonts, type Gutters } from "./plot";

export type PlotLine = PeerRegion & { points: YearPoint[] };

export function PeersPlot({
  lang,
  decimals,
  lines,
  seriesLabel,
  highlight = null,
  height,
  big = false,
  onPoint,
}: {
  lang: Lang;
  decimals: number;
  lines: PlotLine[];
  /** Named in each tooltip, so a value is never read without its methodology series. */
  seriesLabel: string;
  /** The region pointed at: drawn in its own colour, on top. */
  highlight?: string | null;
  height: number;
  big?: boolean;
  /** Called with the region under the pointer (browser only). */
  onPoint?: (code: string | null) => void;
}) {
  const f = fonts(big);
  const g: Gutters = big ? { left: 96, right: 220, top: 16, bottom: 44 } : { left: 56, right: 132, top: 12, bottom: 30 };
  const points = lines.flatMap((l) => l.points);
  const years = points.map((p) => p.year);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const allYears = yearRange(y0, y1);
  const { domain, ticks, tickDecimals } = niceScale(points.map((p) => p.value));
  const bottom = height - g.bottom;
  const x = fractionScale([y0, y1]);
  const y = linearScale(domain, [bottom, g.top]);
  const n = (v: number) => formatNumber(v, lang, decimals);
  const quiet = (l: PlotLine) => l.role === "peer" && l.code !== highlight;
  // Quiet lines first, the one pointed at and the focus region last, so they are on top.
  const order = [...lines].sort((a, b) => rank(a) - rank(b));
  function rank(l: PlotLine) {
    return l.role === "focus" ? 3 : l.code === highlight ? 2 : quiet(l) ? 0 : 1;
  }
  const ends = lines.map((l) => [...l.points].sort((a, b) => a.year - b.year).at(-1)!);
  const labelYs = spreadLabels(
    ends.map((p) => y(p.value)),
    f.label + 2,
    g.top,
    bottom,
  );
  const pointer = (code: string | null) => (onPoint ? { onPointerEnter: () => onPoint(code) } : {});
  return (
    <Plot height={height} gutters={g} className="peers-plot">
      <ValueAxis ticks={ticks} y={y} label={tickLabel(lang, decimals, tickDecimals)} fontSize={f.tick} />
      <BottomAxis ticks={allYears} x={x} y={bottom} label={String} minor={minorTicks(allYears)} fontSize={f.tick} />
      <LineLayer height={height}>
        {order.flatMap((l) =>
          runs(l.points)
            .filter((r) => r.length > 1)
            .map((r) => (
              <Stroke
                key={`${l.code}-${r[0]!.year}`}
                className="peer-line"
                series={l.code}
                points={r.map((p) => ({ x: x(p.year), y: y(p.value) }))}
                color={quiet(l) ? QUIET_LINE_COLOR : l.color}
                width={quiet(l) ? 1.5 : l.role === "focus" ? 3.5 : 2.5}
                dash={l.dash}
              />
            )),
        )}
      </LineLayer>
      {order.map((l) => (
        <g key={l.code} className="peer" data-code={l.code} {...pointer(l.role === "peer" ? l.code : null)}>
          {l.points.map((p) => (
            <circle
              key={p.year}
              className="mark"
              cx={pct(x(p.year))}
              cy={y(p.value)}
              r={big ? 5 : l.role === "focus" ? 3.5 : 2.5}
              fill={quiet(l) ? QUIET_LINE_COLOR : l.color}
              data-tip={`${p.year} · ${l.label} · ${seriesLabel}: ${n(p.value)}`}
            />
          ))}
        </g>
      ))}
      <g className="end-labels" fontSize={f.label}>
        {lines.map((l, i) => (
          <text
            key={l.code}
            x={pct(x(ends[i]!.year))}
            dx={big ? 12 : 8}
            y={labelYs[i]! + f.label * 0.35}
            fill={quiet(l) ? QUIET_LABEL_COLOR : l.color}
            fontWeight={l.role === "focus" || l.code === highlight ? 700 : 400}
            {...pointer(l.role === "peer" ? l.code : null)}
          >
            {l.label}
          </text>
        ))}
      </g>
    </Plot>
  );
}
