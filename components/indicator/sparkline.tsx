import { CONTEXT_LINE_COLOR, INK_COLOR } from "@/lib/chart/style";
import { linePath, pointsAttribute, runs } from "@/lib/chart/path";
import { fractionScale, linearScale } from "@/lib/chart/scale";
import type { YearValue } from "@/lib/metrics/progress";
import { Diamond } from "@/components/charts/marks";

/**
 * A small trend line drawn on the server as plain SVG (no chart library, no client JavaScript):
 * the series' published values, the latest one marked, and the target as a hollow diamond. The
 * region's other methodology series are drawn thin and grey behind it (`context`), never joined to
 * it, so a headline series that only starts in 2023 still shows the longer history.
 * Years without data are gaps in the line, never zeros.
 */
export function Sparkline({
  points,
  context = [],
  target,
  label,
  width = 240,
  height = 56,
}: {
  points: YearValue[];
  context?: YearValue[][];
  target?: YearValue | null;
  label: string;
  width?: number;
  height?: number;
}) {
  if (points.length === 0) return null;
  const all = [...points, ...context.flat(), ...(target ? [target] : [])];
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  let [y0, y1] = [Math.min(...values), Math.max(...values)];
  if (y0 === y1) {
    y0 -= 1;
    y1 += 1;
  }
  const pad = 6;
  // x as a fraction of the inner width (a single year in the middle), y in pixels.
  const fx = fractionScale([x0, x1]);
  const y = linearScale([y0, y1], [height - pad, pad]);
  const x = (year: number) => pad + fx(year) * (width - 2 * pad);
  const at = (run: YearValue[]) => run.map((p) => ({ x: fx(p.year), y: y(p.value) }));
  const path = (run: YearValue[]) => linePath(at(run), width - 2 * pad);
  const last = points.reduce((a, b) => (b.year > a.year ? b : a));
  return (
    <svg
      className="sparkline"
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      style={{ maxWidth: width, display: "block" }}
    >
      {context.flatMap((line, i) =>
        runs(line).map((run) =>
          run.length > 1 ? (
            <path
              key={`${i}-${run[0]!.year}`}
              transform={`translate(${pad} 0)`}
              d={path(run)}
              fill="none"
              stroke={CONTEXT_LINE_COLOR}
              strokeWidth="1.4"
              data-context=""
            />
          ) : (
            <circle
              key={`${i}-${run[0]!.year}`}
              cx={x(run[0]!.year)}
              cy={y(run[0]!.value)}
              r="1.8"
              fill={CONTEXT_LINE_COLOR}
              data-context=""
            />
          ),
        ),
      )}
      {runs(points).map((run) =>
        run.length > 1 ? (
          <path
            key={run[0]!.year}
            transform={`translate(${pad} 0)`}
            d={path(run)}
            data-points={pointsAttribute(at(run))}
            fill="none"
            stroke="var(--focus)"
            strokeWidth="2.2"
          />
        ) : (
          <circle key={run[0]!.year} cx={x(run[0]!.year)} cy={y(run[0]!.value)} r="2.2" fill="var(--focus)" />
        ),
      )}
      <circle cx={x(last.year)} cy={y(last.value)} r="3.5" fill="var(--focus)" />
      {target ? (
        <Diamond cx={x(target.year)} cy={y(target.value)} size={5} fill="#fff" stroke={INK_COLOR} strokeWidth={1.6} />
      ) : null}
    </svg>
  );
}
