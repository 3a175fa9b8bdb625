/**
 * Marks shared by every chart, drawn one way: the diamond of a target (trend, scatter, sparkline,
 * legend) and the rule where BPS changed a method (trend and rank over time).
 */
import { BREAK_DASH, diamondPath } from "@/lib/chart/marks";
import { pct } from "@/lib/chart/scale";
import { INK_COLOR, MUTED_COLOR } from "@/lib/chart/style";

/** A diamond centred on (cx, cy) in pixels. */
export function Diamond({
  cx,
  cy,
  size,
  fill,
  stroke = INK_COLOR,
  strokeWidth = 2,
  tip,
}: {
  cx: number;
  cy: number;
  size: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  tip?: string;
}) {
  return (
    <path
      transform={`translate(${cx} ${cy})`}
      d={diamondPath(size)}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
      data-tip={tip}
    />
  );
}

/** A diamond at a fraction of the plot's width (x) and a pixel height (y): placed by a one-pixel SVG. */
export function PlotDiamond(props: Omit<Parameters<typeof Diamond>[0], "cx" | "cy"> & { x: number; y: number }) {
  const { x, y, ...rest } = props;
  return (
    <svg x={pct(x)} y={y} width="1" height="1" overflow="visible" data-tip={rest.tip}>
      <Diamond cx={0} cy={0} {...rest} tip={undefined} />
    </svg>
  );
}

/**
 * Where BPS changed the method: a rule across the plot at the year boundary (`at`, a fraction of the
 * width), labelled at the top; the full note is the tooltip of the rule. Values on its two sides
 * cannot be compared.
 */
export function MethodBreak({
  at,
  top,
  bottom,
  label,
  tip,
  fontSize,
}: {
  at: number;
  top: number;
  bottom: number;
  label: string;
  tip: string | null;
  fontSize: number;
}) {
  return (
    <g className="method-break" data-testid="method-break">
      <line x1={pct(at)} x2={pct(at)} y1={top} y2={bottom} stroke={MUTED_COLOR} strokeWidth={1.5} strokeDasharray={BREAK_DASH} />
      {tip ? <rect x={pct(at)} y={top} width="1" height={bottom - top} fill="transparent" data-tip={tip} /> : null}
      <text
        x={pct(at)}
        dx={5}
        y={top + fontSize}
        fontSize={fontSize}
        fill={INK_COLOR}
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
        className="break-label"
      >
        {label}
      </text>
    </g>
  );
}
