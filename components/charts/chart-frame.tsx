import { DataTable, NumberCell } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { compactRows, type ExportRow } from "@/lib/view/export-rows";
import { ChartDownloads } from "./chart-downloads";

/**
 * Everything around a chart, rendered on the server: a title that states the message, the unit, the
 * chart itself, a text summary for screen readers and readers in a hurry, the source line with the
 * last data year, the download buttons and the data behind the chart as a table.
 */
export function ChartFrame({
  id,
  lang,
  title,
  subtitle,
  summary,
  sources,
  lastYear,
  rows,
  decimals,
  height,
  children,
  withRole = false,
  canvasClass,
  downloads = "server",
  maxHeight,
  headingLevel = 3,
}: {
  id: string;
  lang: Lang;
  title: string;
  subtitle?: string;
  summary: string;
  sources: string[];
  lastYear: number | null;
  rows: ExportRow[];
  decimals: number;
  /** Reserved height of the chart, so nothing moves when it draws (CLS 0). */
  height: number;
  children: React.ReactNode;
  /** Show the "role" column (baseline, target, rank…) in the data table. */
  withRole?: boolean;
  canvasClass?: string;
  /** "server": download these rows; "client": the chart offers its own (the rows depend on what is picked on screen). */
  downloads?: "server" | "client";
  /** Taller charts (hundreds of regions) scroll inside a box of this height instead of running down the page. */
  maxHeight?: number;
  /** 2 where the chart heads its own part of the page, 3 inside a section (keeps heading order). */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = dict(lang);
  const c = t.chart;
  const canvas = (
    <div className={canvasClass ? `chart-canvas ${canvasClass}` : "chart-canvas"} style={{ height }}>
      {children}
    </div>
  );
  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} id={id} data-chart={id}>
      <figcaption>
        <Heading id={`${id}-title`} className="chart-title">
          {title}
        </Heading>
        {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
      </figcaption>
      {maxHeight && height > maxHeight ? (
        // Focusable so keyboard users can scroll it (WCAG 2.1.1).
        <div className="chart-scroll" style={{ maxHeight }} tabIndex={0} role="group" aria-label={c.scrollLabel}>
          {canvas}
        </div>
      ) : (
        canvas
      )}
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      <p className="chart-source">
        {c.source}: {sources.join("; ")}
        {lastYear !== null ? ` · ${c.lastYear} ${lastYear}` : ""}
      </p>
      {downloads === "server" ? (
        <ChartDownloads
          data={compactRows(rows)}
          figureId={id}
          title={title}
          text={{ ...t.client.downloads, columns: t.client.csvColumns }}
        />
      ) : null}
      <details className="chart-table">
        <summary>{c.showTable}</summary>
        <DataTable
          caption={title}
          lang={lang}
          rows={rows.map((r, i) => ({ ...r, i }))}
          rowKey={(r) => String(r.i)}
          columns={[
            { key: "region", label: c.region, rowHeader: true, cell: (r) => r.region_name },
            { key: "year", label: c.year, numeric: true, cell: (r) => r.year },
            {
              key: "value",
              label: c.value,
              numeric: true,
              cell: (r) => <NumberCell value={r.value} lang={lang} decimals={decimals} missing={t.common.missing} />,
            },
            ...(withRole ? [{ key: "role", label: c.role, cell: (r: ExportRow) => r.role ?? "" }] : []),
            { key: "series", label: c.series, cell: (r) => r.series },
            { key: "source", label: c.source, cell: (r) => (r.source_url ? <a href={r.source_url}>{r.source}</a> : r.source) },
          ]}
        />
      </details>
    </figure>
  );
}
