"use client";
/**
 * Regions ranked on one indicator in one year: a dot per region on its row, best first, the focus
 * region in its own colour and bold label, the province and Indonesia as labelled reference lines.
 *
 * Plain SVG rather than Recharts: it is drawn on the server, so it is on screen with the first paint
 * (hundreds of rows at national scale), in print, and in the static copy without scripts. The server
 * draws it at a default size scaled into the frame; in the browser it is redrawn at the frame's size.
 */
import { useEffect, useRef, useState } from "react";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { LegendList } from "./legend-list";
import { linearScale, niceScale, thinTicks, tickLabel } from "./scale";
import { FOCUS_COLOR, OTHER_COLOR } from "./series-config";

export interface RankingBar {
  code: string;
  label: string;
  value: number;
  focus: boolean;
}

export interface RankingReference {
  label: string;
  value: number;
  color: string;
  dash: string;
}

const AXIS = "#57606a";
const GRID = "#e6eaef";
const INK = "#1b1f24";
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
  const { width, height } = size ?? measured ?? { width: DEFAULT_WIDTH, height: bars.length * 26 + 40 };
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
  const radius = big ? 9 : 6;

  return (
    <div className="chart-body">
      <LegendList
        items={[
          { label: focusLabel, color: FOCUS_COLOR, dash: "", kind: "dot" },
          { label: othersLabel, color: OTHER_COLOR, dash: "", kind: "dot" },
          ...references.map((r) => ({ label: `${r.label} (${fmt(r.value)})`, color: r.color, dash: r.dash, kind: "line" as const })),
        ]}
      />
      <div ref={ref} className={size ? undefined : "chart-plot"} style={size}>
        <svg className="chart-surface ranking-surface" data-fitted={Boolean(size ?? measured)} width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
          {shown.map((t) => (
            <line key={`g${t}`} x1={x(t)} x2={x(t)} y1={top} y2={bottom} stroke={GRID} />
          ))}
          <g className="ranking-axis" fill={AXIS} fontSize={font.tick} textAnchor="middle">
            <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
            {shown.map((t) => (
              <g key={`t${t}`}>
                <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 6} stroke={AXIS} />
                <text x={x(t)} y={bottom + 8} dy="0.71em">
                  {tick(t)}
                </text>
              </g>
            ))}
          </g>
          {references.map((r) => (
            <line key={r.label} className="ranking-reference" x1={x(r.value)} x2={x(r.value)} y1={top} y2={bottom} stroke={r.color} strokeDasharray={r.dash || undefined} strokeWidth={2} />
          ))}
          {bars.map((b, i) => {
            const cy = top + band * (i + 0.5);
            const cx = x(b.value);
            return (
              <g key={b.code} className="rank-dot" data-code={b.code}>
                <text x={left - 8} y={cy} dy="0.35em" textAnchor="end" fontSize={font.label} fontWeight={b.focus ? 700 : 400} fill={b.focus ? FOCUS_COLOR : INK}>
                  {b.label}
                </text>
                <line x1={left} x2={cx} y1={cy} y2={cy} stroke={b.focus ? FOCUS_COLOR : "#c9d1d9"} strokeWidth={b.focus ? 2 : 1.5} strokeOpacity={b.focus ? 0.5 : 1} />
                <circle cx={cx} cy={cy} r={radius * (b.focus ? 1.2 : 1)} fill={b.focus ? FOCUS_COLOR : OTHER_COLOR} stroke="#fff" strokeWidth={1.5} />
                {/* White halo so a value stays readable where a reference line crosses it. */}
                <text x={cx + radius + (big ? 8 : 5)} y={cy} dy="0.35em" fontSize={font.value} fill={INK} stroke="#fff" strokeWidth={4} paintOrder="stroke">
                  {fmt(b.value)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
