/**
 * The parts of every chart's figure, with their words passed in: the caption (a title that states the
 * message, and the unit), the text summary, the source line with the last data year, and the data
 * behind the chart as a table. The server frame (chart-frame) and a chart whose caption follows what
 * is picked on screen (peers-chart) put together the same parts.
 */
import type { ReactNode } from "react";
import { DataTable, NumberCell } from "@/components/table/data-table";
import type { ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { ExportRow } from "@/lib/export/rows";

export type FigureText = ClientText["figure"];

export function FigureCaption({
  id,
  title,
  subtitle,
  headingLevel = 3,
}: {
  id: string;
  title: string;
  subtitle?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <figcaption>
      <Heading id={`${id}-title`} className="chart-title">
        {title}
      </Heading>
      {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
    </figcaption>
  );
}

/** The chart's reserved box (nothing moves when it draws), scrolling inside itself when it is very tall. */
export function FigureCanvas({
  height,
  maxHeight,
  className,
  scrollLabel,
  children,
}: {
  height?: number;
  maxHeight?: number;
  className?: string;
  scrollLabel: string;
  children: ReactNode;
}) {
  const canvas = (
    <div className={className ? `chart-canvas ${className}` : "chart-canvas"} style={height ? { minHeight: height } : undefined}>
      {children}
    </div>
  );
  // Focusable so keyboard users can scroll it (WCAG 2.1.1).
  return maxHeight && height && height > maxHeight ? (
    <div className="chart-scroll" style={{ maxHeight }} tabIndex={0} role="group" aria-label={scrollLabel}>
      {canvas}
    </div>
  ) : (
    canvas
  );
}

export function FigureNotes({
  id,
  summary,
  note = null,
  sources,
  lastYear,
  text,
}: {
  id: string;
  summary: string;
  note?: string | null;
  sources: string[];
  lastYear: number | null;
  text: FigureText;
}) {
  return (
    <>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      {note ? <p className="chart-note">{note}</p> : null}
      <p className="chart-source">
        {text.source}: {sources.join("; ")}
        {lastYear !== null ? ` · ${text.lastYear} ${lastYear}` : ""}
      </p>
    </>
  );
}

/** The exact numbers behind the chart, in a table (inside a <details>; printed open). */
export function FigureTable({
  title,
  rows,
  decimals,
  withRole,
  lang,
  text,
}: {
  title: string;
  rows: ExportRow[];
  /** Decimals of the values: one for all, or per indicator (a scatter's table holds two indices). */
  decimals: number | Record<string, number>;
  withRole: boolean;
  lang: Lang;
  text: FigureText;
}) {
  return (
    <details className="chart-table">
      <summary>{text.showTable}</summary>
      <DataTable
        caption={title}
        lang={lang}
        rows={rows.map((r, i) => ({ ...r, i }))}
        rowKey={(r) => String(r.i)}
        columns={[
          { key: "region", label: text.region, rowHeader: true, cell: (r) => r.region_name },
          { key: "year", label: text.year, numeric: true, cell: (r) => r.year },
          {
            key: "value",
            label: text.value,
            numeric: true,
            cell: (r) => (
              <NumberCell
                value={r.value}
                lang={lang}
                decimals={typeof decimals === "number" ? decimals : (decimals[r.indicator] ?? 2)}
                missing={text.missing}
              />
            ),
          },
          ...(withRole ? [{ key: "role", label: text.role, cell: (r: ExportRow) => r.role ?? "" }] : []),
          { key: "series", label: text.series, cell: (r) => r.series },
          { key: "source", label: text.source, cell: (r) => (r.source_url ? <a href={r.source_url}>{r.source}</a> : r.source) },
        ]}
      />
    </details>
  );
}
