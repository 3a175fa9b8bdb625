/**
 * One visual identity per thing drawn, shared by every chart, legend, table and download: the focus
 * region is always the same vermillion and solid, the province blue dashed, Indonesia dark grey
 * dotted; peers take the palette in order. Colours are Okabe-Ito hues darkened to reach 3:1 against
 * white (WCAG 1.4.11), and dash patterns plus direct labels keep lines apart without colour.
 */
import type { Status } from "@/lib/metrics/progress";

export const FOCUS_COLOR = "#B4490B";
export const PROVINCE_COLOR = "#0067A5";
export const NATIONAL_COLOR = "#3B3B3B";
export const OTHER_COLOR = "#8C959F";
export const TARGET_COLOR = "#1B1F24";
/** Axes, grid and text of every chart. */
export const AXIS_COLOR = "#57606a";
export const GRID_COLOR = "#e6eaef";
export const INK_COLOR = "#1b1f24";
/** Secondary text: legend labels. */
export const INK_SOFT_COLOR = "#3d4650";
export const MUTED_COLOR = "#57606a";
/** The gap left at the target year: a warning, so red (4.9:1 on white). */
export const GAP_COLOR = "#b42318";
export const PEER_PALETTE = ["#00795A", "#A8457F", "#7A5C00", "#5B3A9E", "#1F6F8B", "#4F6B00", "#8E5572", "#2F4F4F"] as const;
/** Lines not pointed at (peers), their names (4.6:1 on white), and other series behind a sparkline. */
export const QUIET_LINE_COLOR = "#b8c0c8";
export const QUIET_LABEL_COLOR = "#6e7781";
export const CONTEXT_LINE_COLOR = "#9aa3ad";
/** Borders of tables and cards, and the fill of a table's header row. */
export const BORDER_COLOR = "#d0d7de";
export const HEAD_FILL = "#f3f5f7";
/** Indonesia's bar in the PowerPoint ranking, dark blue so it stands apart from the grey regions. */
export const NATIONAL_BAR_COLOR = "#1f3a5f";

/** Dash patterns every chart and legend shares: the straight path to a target, and the projection's dots. */
export const PATH_DASH = "4 4";
export const PROJECTION_DASH = "0.1 7";

/** How a status reads at a glance; the word and the icon say the same without colour. */
export type Tone = "good" | "warn" | "bad" | "neutral";
export const TONE_COLOR: Record<Tone, string> = { good: "#1a7f37", warn: "#8a5a00", bad: "#b42318", neutral: "#57606a" };
const STATUS_TONE: Record<Status, Tone> = {
  achieved: "good",
  "on-track": "good",
  "needs-acceleration": "warn",
  stalled: "bad",
  "moving-away": "bad",
  missed: "bad",
  "no-target": "neutral",
  "insufficient-data": "neutral",
};
export function statusTone(status: Status): Tone {
  return STATUS_TONE[status];
}

/**
 * The colours the stylesheet uses, as CSS custom properties from this one module, so the page, the
 * PNG and the PowerPoint file cannot drift apart (the root layouts put this in a <style> element).
 */
export function paletteCss(): string {
  const vars = {
    focus: FOCUS_COLOR,
    ...TONE_COLOR,
    line: BORDER_COLOR,
    "line-2": GRID_COLOR,
    ink: INK_COLOR,
    muted: MUTED_COLOR,
  };
  return `:root{${Object.entries(vars)
    .map(([k, v]) => `--${k}:${v}`)
    .join(";")}}`;
}

export interface LineStyle {
  color: string;
  /** SVG stroke-dasharray; empty for solid. */
  dash: string;
  width: number;
}

export type RegionRole = "focus" | "province" | "national" | "peer";

export function regionStyle(role: RegionRole, peerIndex = 0): LineStyle {
  switch (role) {
    case "focus":
      return { color: FOCUS_COLOR, dash: "", width: 3 };
    case "province":
      return { color: PROVINCE_COLOR, dash: "7 4", width: 2 };
    case "national":
      return { color: NATIONAL_COLOR, dash: "2 3", width: 2 };
    case "peer":
      return {
        color: PEER_PALETTE[peerIndex % PEER_PALETTE.length]!,
        dash: peerIndex >= PEER_PALETTE.length ? "4 2" : "",
        width: 2,
      };
  }
}

/**
 * Methodology series of one region on its trend chart, told apart by colour, pattern and label: the
 * official series in the region's colour, solid; the series the target is measured on (when another)
 * in ink, long dashes; any other method grey, dash-dot. Long dashes and dash-dots only, so no series
 * looks like the target path (4 4) or the projection (dots).
 */
export function methodStyle(role: "official" | "basis" | "other"): LineStyle {
  switch (role) {
    case "official":
      return { color: FOCUS_COLOR, dash: "", width: 3 };
    case "basis":
      return { color: INK_COLOR, dash: "10 5", width: 2.5 };
    case "other":
      return { color: MUTED_COLOR, dash: "14 4 3 4", width: 2 };
  }
}

/** Height of one bar row in a ranking chart; the frame reserves rows × this, so nothing shifts. */
export const RANKING_ROW_HEIGHT = 26;
