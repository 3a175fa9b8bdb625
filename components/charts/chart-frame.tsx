import type { ExportRow } from "@/lib/view/export-rows";
import { ChartDownloads } from "./chart-downloads";
import { formatNumber } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/**
 * Everything around a chart, rendered on the server: a title that states the message, the unit, the
 * chart itself (a small client component), a text summary for screen readers and readers in a hurry,
 * the source line with the last data year, and the data table behind it.
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
}) {
  const t = dict(lang).chart;
  const n = (v: number | null) => (v === null ? <span className="missing">{dict(lang).common.missing}</span> : formatNumber(v, lang, decimals));
  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} id={id} data-chart={id}>
      <figcaption>
        <h3 id={`${id}-title`} className="chart-title">
          {title}
        </h3>
        {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
      </figcaption>
      <div className={canvasClass ? `chart-canvas ${canvasClass}` : "chart-canvas"} style={{ height }}>
        {children}
      </div>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      {downloads === "server" ? <ChartDownloads lang={lang} rows={rows} figureId={id} title={title} /> : null}
      <p className="chart-source">
        {t.source}: {sources.join("; ")}
        {lastYear !== null ? ` · ${t.lastYear} ${lastYear}` : ""}
      </p>
      <details className="chart-table">
        <summary>{t.showTable}</summary>
        <div className="table-wrap">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.region}</th>
                <th scope="col" className="num">
                  {t.year}
                </th>
                <th scope="col" className="num">
                  {t.value}
                </th>
                {extraColumns?.map((c) => (
                  <th scope="col" key={c.key}>
                    {c.label}
                  </th>
                ))}
                <th scope="col">{t.series}</th>
                <th scope="col">{t.source}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.region_name}</th>
                  <td className="num">{r.year}</td>
                  <td className="num">{n(r.value)}</td>
                  {extraColumns?.map((c) => (
                    <td key={c.key}>{r[c.key] ?? ""}</td>
                  ))}
                  <td>{r.series}</td>
                  <td>{r.source_url ? <a href={r.source_url}>{r.source}</a> : r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
