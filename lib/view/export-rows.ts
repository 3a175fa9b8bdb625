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

/**
 * The same rows in a compact shape for the browser: names and sources once, each row a short tuple.
 * A national table (514 regions) would otherwise repeat every key and source address in every row
 * of the page's payload.
 */
export interface CompactRows {
  regions: Record<string, string>;
  sources: Record<string, { name: string; url: string }>;
  /** region code, indicator, year, value, series label, source id, role */
  rows: [string, string, number, number | null, string, string, string | null][];
}

export function compactRows(rows: ExportRow[]): CompactRows {
  const out: CompactRows = { regions: {}, sources: {}, rows: [] };
  for (const r of rows) {
    out.regions[r.region_code] = r.region_name;
    out.sources[r.source_id] = { name: r.source, url: r.source_url };
    out.rows.push([r.region_code, r.indicator, r.year, r.value, r.series, r.source_id, r.role ?? null]);
  }
  return out;
}

export function expandRows(c: CompactRows): ExportRow[] {
  return c.rows.map(([region, indicator, year, value, series, source, role]) => ({
    region_code: region,
    region_name: c.regions[region] ?? region,
    indicator,
    year,
    value,
    series,
    source_id: source,
    source: c.sources[source]?.name ?? source,
    source_url: c.sources[source]?.url ?? "",
    ...(role !== null ? { role } : {}),
  }));
}
