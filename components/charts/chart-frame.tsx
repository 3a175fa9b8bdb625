import { compactRows, type ExportRow } from "@/lib/view/export-rows";
import { ChartData } from "./chart-data";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/**
 * Everything around a chart, rendered on the server: a title that states the message, the unit, the
 * chart itself (a small client component), a text summary for screen readers and readers in a hurry,
 * the source line with the last data year, and the data behind it (table and downloads, see chart-data).
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
  extraColumns,
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
  extraColumns?: { key: "role"; label: string }[];
  canvasClass?: string;
  /** "server": download these rows; "client": the chart offers its own (the rows depend on what is picked on screen). */
  downloads?: "server" | "client";
  /** Taller charts (hundreds of regions) scroll inside a box of this height instead of running down the page. */
  maxHeight?: number;
  /** 2 where the chart heads its own part of the page, 3 inside a section (keeps heading order). */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = dict(lang).chart;
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
        <div className="chart-scroll" style={{ maxHeight }} tabIndex={0} role="group" aria-label={t.scrollLabel}>
          <div className={canvasClass ? `chart-canvas ${canvasClass}` : "chart-canvas"} style={{ height }}>
            {children}
          </div>
        </div>
      ) : (
        <div className={canvasClass ? `chart-canvas ${canvasClass}` : "chart-canvas"} style={{ height }}>
          {children}
        </div>
      )}
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      <p className="chart-source">
        {t.source}: {sources.join("; ")}
        {lastYear !== null ? ` · ${t.lastYear} ${lastYear}` : ""}
      </p>
      <ChartData
        lang={lang}
        figureId={id}
        title={title}
        decimals={decimals}
        data={compactRows(rows)}
        downloads={downloads === "server"}
        withRole={extraColumns?.some((c) => c.key === "role") ?? false}
        text={{
          showTable: t.showTable,
          region: t.region,
          year: t.year,
          value: t.value,
          series: t.series,
          source: t.source,
          role: t.role,
          missing: dict(lang).common.missing,
        }}
      />
    </figure>
  );
}
