"use client";
/**
 * The data behind a chart, drawn from one compact copy: the download buttons and the accessible
 * table (in a <details>, rendered on the server as HTML too). Keeping both in one client component
 * means the rows travel in the page payload once, not as a server-rendered table plus a copy.
 */
import { useState } from "react";
import { formatNumber } from "@/lib/format/number";
import type { Lang } from "@/lib/i18n/lang";
import { expandRows, type CompactRows } from "@/lib/view/export-rows";
import { ChartDownloads } from "./chart-downloads";

/** Up to this many rows the table is in the page's HTML from the start. */
const EAGER_ROWS = 120;

export interface ChartDataText {
  showTable: string;
  region: string;
  year: string;
  value: string;
  series: string;
  source: string;
  role: string;
  missing: string;
}

export function ChartData({
  lang,
  figureId,
  title,
  decimals,
  data,
  downloads,
  withRole,
  text,
}: {
  lang: Lang;
  figureId: string;
  title: string;
  decimals: number;
  data: CompactRows;
  downloads: boolean;
  withRole: boolean;
  text: ChartDataText;
}) {
  const rows = expandRows(data);
  // A national table (hundreds of rows) is built when opened, not in every page load's HTML.
  const [open, setOpen] = useState(rows.length <= EAGER_ROWS);
  return (
    <>
      {downloads ? <ChartDownloads lang={lang} rows={rows} figureId={figureId} title={title} /> : null}
      <details className="chart-table" onToggle={(e) => e.currentTarget.open && setOpen(true)}>
        <summary>{text.showTable}</summary>
        <div className="table-wrap">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{text.region}</th>
                <th scope="col" className="num">
                  {text.year}
                </th>
                <th scope="col" className="num">
                  {text.value}
                </th>
                {withRole ? <th scope="col">{text.role}</th> : null}
                <th scope="col">{text.series}</th>
                <th scope="col">{text.source}</th>
              </tr>
            </thead>
            <tbody>
              {(open ? rows : []).map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.region_name}</th>
                  <td className="num">{r.year}</td>
                  <td className="num">
                    {r.value === null ? <span className="missing">{text.missing}</span> : formatNumber(r.value, lang, decimals)}
                  </td>
                  {withRole ? <td>{r.role ?? ""}</td> : null}
                  <td>{r.series}</td>
                  <td>{r.source_url ? <a href={r.source_url}>{r.source}</a> : r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
