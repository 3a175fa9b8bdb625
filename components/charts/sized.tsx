"use client";
import { ResponsiveContainer } from "recharts";

/**
 * Either fills the chart frame (ResponsiveContainer inside a sized .chart-plot) or, given a fixed
 * size, lets the chart draw at that size: slides are laid out at a fixed 1600×900 and must draw even
 * while hidden or printed, when there is nothing to measure.
 */
export function Sized({ size, children }: { size?: { width: number; height: number }; children: React.ReactElement }) {
  if (size) return <div style={{ width: size.width, height: size.height }}>{children}</div>;
  return (
    <div className="chart-plot">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}
