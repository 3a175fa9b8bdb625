/**
 * The exact numbers behind a chart, in one long shape shared by the accessible data table and the
 * CSV/JSON downloads: region code and name, indicator, year, value, series and source.
 */
export interface ExportRow {
  region_code: string;
  region_name: string;
  indicator: string;
  year: number;
  value: number | null;
  series: string;
  source_id: string;
  source: string;
  source_url: string;
  /** What the row is on the chart when it is not a plain observation (target, projection, rank…). */
  role?: string;
}
