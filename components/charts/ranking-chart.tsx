"use client";
/**
 * Regions ranked on one indicator in one year: a dot per region on its row, best first, the focus
 * region in its own colour and bold label, the province and Indonesia as labelled reference lines.
 *
 * Plain SVG rather than Recharts: it is drawn on the server, so it is on screen with the first paint
 * (hundreds of rows at national scale), in print, and in the static copy without scripts. The server
 * draws it at a default size scaled into the frame; in the browser it is redrawn at the frame's size.
 */
import type { RankingBar, RankingReference } from "@/lib/view/chart-types";
import { useEffect, useRef, useState } from "react";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { LegendList } from "./legend-list";
import { linearScale, niceScale, thinTicks, tickLabel } from "./scale";
import { FOCUS_COLOR, OTHER_COLOR, RANKING_ROW_HEIGHT } from "@/lib/view/series-style";

const AXIS = "#57606a";
const GRID = "#e6eaef";
const INK = "#1b1f24";
/**
 * Row styles as classes rather than attributes on every element: at national scale the chart has
 * hundreds of rows, and the page's HTML carries each one. Inside the SVG, so a downloaded copy keeps them.
 */
const ROW_STYLE =
  `.rk-l{text-anchor:end}.rk-focus .rk-l{font-weight:700;fill:${FOCUS_COLOR}}` +
  `.rk-g{stroke:#c9d1d9;stroke-width:1.5px}.rk-focus .rk-g{stroke:${FOCUS_COLOR};stroke-width:2px;stroke-opacity:.5}` +
  `.rk-c{fill:${OTHER_COLOR};stroke:#fff;stroke-width:1.5px}.rk-focus .rk-c{fill:${FOCUS_COLOR}}` +
  `.rk-h{stroke:#fff;stroke-width:4px}`;
/** Pixel positions to a tenth: finer adds bytes, not sharpness. */
const px = (v: number) => Math.round(v * 10) / 10;
/** Size drawn on the server, before the frame can be measured. */
const DEFAULT_WIDTH = 760;

/** Follow an element's content size (none until the browser has laid it out). */
function useBoxSize(enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      if (width > 0 && height > 0) setBox({ width: Math.round(width), height: Math.round(height) });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [enabled]);
  return [ref, box] as const;
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
  /** Fixed size (slides, laid out at a fixed 1600×900 and drawn while hidden); else the frame's. */
  size?: { width: number; height: number };
}) {
  const [ref, measured] = useBoxSize(!size);
  const big = Boolean(size);
  const { width, height } = size ?? measured ?? { width: DEFAULT_WIDTH, height: bars.length * RANKING_ROW_HEIGHT + 40 };
  const fmt = (v: number) => formatNumber(v, lang, decimals);

  // A dot per region, not a bar: index differences are small, so the axis cannot start at zero, and
  // a bar from a non-zero start would make its length misleading. A faint guide leads the eye along
  // each row to its dot.
  const { domain, ticks, tickDecimals } = niceScale([...bars.map((b) => b.value), ...references.map((r) => r.value)]);
  const tick = tickLabel(lang, decimals, tickDecimals);
  const font = { label: big ? 20 : 13, value: big ? 18 : 12, tick: big ? 22 : 12 };
  const left = (big ? 250 : 150) + 4;
  const right = width - (big ? 90 : 56);
  const top = 4;
  const bottom = height - (big ? 36 : 28);
  const x = linearScale(domain, [left, Math.max(left, right)]);
  const band = (bottom - top) / Math.max(1, bars.length);
  const shown = thinTicks(ticks, tick, right - left, font.tick);
  // Text centred on its row by an explicit offset (dy and dominant-baseline are lost in office programs).
  const middle = (fontSize: number) => px(fontSize * 0.35);
  const referenceXs = references.map((r) => x(r.value));
  const crossesReference = (start: number, text: string) =>
    referenceXs.some((rx) => rx >= start - 2 && rx <= start + text.length * font.value * 0.6 + 2);
  const radius = big ? 9 : 6;

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
      <div ref={ref} className={size ? undefined : "chart-plot"} style={size}>
        <svg
          className="chart-surface"
          data-fitted={Boolean(size ?? measured)}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          focusable="false"
        >
          {shown.map((t) => (
            <line key={`g${t}`} x1={x(t)} x2={x(t)} y1={top} y2={bottom} stroke={GRID} />
          ))}
          <g className="ranking-axis" fill={AXIS} fontSize={font.tick} textAnchor="middle">
            <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
            {shown.map((t) => (
              <g key={`t${t}`}>
                <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 6} stroke={AXIS} />
                <text x={x(t)} y={px(bottom + 8 + font.tick * 0.8)}>
                  {tick(t)}
                </text>
              </g>
            ))}
          </g>
          {references.map((r) => (
            <line
              key={r.label}
              x1={x(r.value)}
              x2={x(r.value)}
              y1={top}
              y2={bottom}
              stroke={r.color}
              strokeDasharray={r.dash || undefined}
              strokeWidth={2}
            />
          ))}
          <style>{ROW_STYLE}</style>
          <g fontSize={font.label} fill={INK}>
            {bars.map((b, i) => {
              const cx = px(x(b.value));
              const vx = px(cx + radius + (big ? 8 : 5));
              const value = fmt(b.value);
              return (
                <g
                  key={b.code}
                  className={b.focus ? "rank-dot rk-focus" : "rank-dot"}
                  data-code={b.code}
                  transform={`translate(0 ${px(top + band * (i + 0.5))})`}
                >
                  <text x={left - 8} y={middle(font.label)} className="rk-l">
                    {b.label}
                  </text>
                  <line x1={left} x2={cx} className="rk-g" />
                  <circle cx={cx} r={b.focus ? radius * 1.2 : radius} className="rk-c" />
                  {/* A white halo behind the value where a reference line crosses it (a copy drawn
                      first rather than paint-order, which office programs ignore when the SVG is pasted). */}
                  {crossesReference(vx, value) ? (
                    <text x={vx} y={middle(font.value)} fontSize={font.value} className="rk-h">
                      {value}
                    </text>
                  ) : null}
                  <text x={vx} y={middle(font.value)} fontSize={font.value}>
                    {value}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}
