/**
 * What each chart draws, as plain serialisable data: the contract between the page models of
 * lib/view and the chart components. Styles (colour, dash, width) are already resolved here, from
 * series-style, so every chart, legend and download shows a thing the same way.
 */
import type { Lang } from "@/lib/i18n/lang";
import type { RegionRole } from "./style";

export interface YearPoint {
  year: number;
  value: number;
}

export interface TrendLine {
  key: string;
  label: string;
  color: string;
  dash: string;
  width: number;
  points: YearPoint[];
}

export interface TrendChartProps {
  lang: Lang;
  decimals: number;
  xDomain: [number, number];
  lines: TrendLine[];
  loose?: { key: string; label: string; points: YearPoint[] };
  baseline?: YearPoint & { label: string };
  target?: YearPoint & { label: string };
  path?: { from: YearPoint; to: YearPoint; label: string };
  projection?: { from: YearPoint; to: YearPoint; label: string; color: string };
  gap?: { year: number; from: number; to: number; label: string };
  /** Where BPS changed the method: a rule at a year boundary (e.g. 2019.5), a short label, and the full note for the tooltip. */
  breaks?: { x: number; label: string; tip: string }[];
  /**
   * Where a planner's scenario target (the page's ?skenario, typed in the scenario box) is drawn when
   * there is no official target: from the latest value to the typed value in the target year.
   */
  scenario?: { from: YearPoint; year: number; range: [number, number]; label: string; pathLabel: string };
}

export interface RankingBar {
  code: string;
  label: string;
  value: number;
  focus: boolean;
}

export interface RankingReference {
  label: string;
  /** The province the ranked regions belong to (differences are measured from it), or the nation. */
  level: "province" | "national";
  value: number;
  color: string;
  dash: string;
}

export interface PeerRegion {
  code: string;
  label: string;
  /** focus: always in colour; province and national: reference lines; peer: grey until pointed at. */
  role: RegionRole;
  color: string;
  dash: string;
  width: number;
}

export interface PeerSeries {
  code: string;
  label: string;
  /** region code → points, oldest first, each with the id of its source */
  values: Record<string, { year: number; value: number; source: string }[]>;
}

/** What the peers chart's CSV download needs beyond the points: names and sources, once each. */
export interface PeersExport {
  figureId: string;
  title: string;
  indicator: string;
  regionNames: Record<string, string>;
  sources: Record<string, { name: string; url: string }>;
}

/** One index's values for the scatter, in its comparison series for the pair's year. */
export interface ScatterAxis {
  code: string;
  name: string;
  decimals: number;
  direction: "higher" | "lower";
  /** Label of the methodology series the values are in. */
  series: string;
  /** region code → value */
  values: Record<string, number>;
  /** region code → source id of that value */
  sources: Record<string, string>;
  /** The province's value, drawn as a reference line; null where not published. */
  reference: number | null;
}

/** The page's index against one other index, in the latest year both are published for regencies. */
export interface ScatterPair {
  year: number;
  x: ScatterAxis;
  y: ScatterAxis;
}

/** An axis with its ticks already labelled in the page's language (components format nothing). */
export interface LabelledAxis {
  domain: [number, number];
  ticks: { value: number; label: string }[];
  /** Where the axis starts, labelled: said under a chart whose axis does not start at zero. */
  start: string;
}

/** One dot of a strip: its value, what the pointer names, and whether it belongs to the focus region's province. */
export interface StripPoint {
  code: string;
  value: number;
  tip: string;
  marked: boolean;
}

/**
 * Many values on one axis (all kab/kota of Indonesia, or the regencies that started where the focus
 * region started): a band of dots with its quartiles, the focus region labelled, reference lines
 * (province, Indonesia, a median), and optionally the province's kab/kota as labelled rows beneath.
 */
export interface StripChartProps {
  axis: LabelledAxis;
  /** Name of the band, in the left gutter ("514 kab/kota"). */
  cloudLabel: string;
  points: StripPoint[];
  quartiles: { q1: number; median: number; q3: number; tip: string } | null;
  focus: { value: number; label: string; tip: string } | null;
  references: { value: number; label: string; color: string; dash: string }[];
  rows: { code: string; label: string; value: number; text: string; focus: boolean }[];
  legend: { label: string; color: string; dash: string; kind: "line" | "dot" | "bar" }[];
}
