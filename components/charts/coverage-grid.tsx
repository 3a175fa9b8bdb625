"use client";
/**
 * Which region-year values exist and which are missing, as a table: a value, "other series", or a
 * dash. Data arrive compact (one array per region) and long tables are read a page at a time.
 */
import { useState } from "react";
import { formatNumber } from "@/lib/format/number";
import { clientText } from "@/lib/i18n/client-text";
import type { Lang } from "@/lib/i18n/lang";
import { Pager, TABLE_PAGE_SIZE } from "./pager";

/** null: not published; "other": published only in another methodology series. */
export type CoverageCell = number | null | "other";

export function CoverageGrid({
  lang,
  years,
  rows,
  decimals,
  caption,
  otherSeries,
  regionLabel,
}: {
  lang: Lang;
  years: number[];
  rows: { code: string; name: string; focus: boolean; cells: CoverageCell[] }[];
  decimals: number;
  caption: string;
  otherSeries: string;
  regionLabel: string;
}) {
  const text = clientText(lang).table;
  const [page, setPage] = useState(0);
  const pages = Math.ceil(rows.length / TABLE_PAGE_SIZE);
  const shown = pages > 1 ? rows.slice(page * TABLE_PAGE_SIZE, (page + 1) * TABLE_PAGE_SIZE) : rows;
  const pager = <Pager lang={lang} page={page} pages={pages} rows={rows.length} onPage={setPage} />;
  return (
    <>
      {pager}
      <div className="table-wrap table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className="coverage">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{regionLabel}</th>
              {years.map((y) => (
                <th scope="col" className="num" key={y}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.code} className={row.focus ? "focus-row" : undefined}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, i) => (
                  <td key={years[i]} className={cell === null ? "cov-missing" : cell === "other" ? "cov-other" : "cov-yes num"}>
                    {cell === null ? (
                      <span aria-label={text.missing}>—</span>
                    ) : cell === "other" ? (
                      otherSeries
                    ) : (
                      formatNumber(cell, lang, decimals)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
