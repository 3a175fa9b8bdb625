import type { YearValue } from "@/lib/metrics/progress";

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
  const x = (year: number) => pad + (x1 === x0 ? 0.5 : (year - x0) / (x1 - x0)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((v - y0) / (y1 - y0)) * (height - 2 * pad);
  // Split into runs of consecutive years, so a missing year leaves a gap.
  const runsOf = (line: YearValue[]) => {
    const runs: YearValue[][] = [];
    for (const p of [...line].sort((a, b) => a.year - b.year)) {
      const run = runs.at(-1);
      if (run && p.year - run.at(-1)!.year === 1) run.push(p);
      else runs.push([p]);
    }
    return runs;
  };
  const runs = runsOf(points);
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
        runsOf(line).map((run) =>
          run.length > 1 ? (
            <polyline
              key={`${i}-${run[0]!.year}`}
              points={run.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}
              fill="none"
              stroke="#9aa3ad"
              strokeWidth="1.4"
              data-context=""
            />
          ) : (
            <circle
              key={`${i}-${run[0]!.year}`}
              cx={x(run[0]!.year)}
              cy={y(run[0]!.value)}
              r="1.8"
              fill="#9aa3ad"
              data-context=""
            />
          ),
        ),
      )}
      {runs.map((run) =>
        run.length > 1 ? (
          <polyline
            key={run[0]!.year}
            points={run.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}
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
        <path d={`M${x(target.year)} ${y(target.value) - 5}l5 5-5 5-5-5z`} fill="#fff" stroke="var(--ink)" strokeWidth="1.6" />
      ) : null}
    </svg>
  );
}
