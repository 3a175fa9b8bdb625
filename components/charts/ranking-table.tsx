"use client";
/** The ranking as a sortable table; the sort order is kept in the URL (?urut=nama). */
import { useState } from "react";
import { formatNumber, formatSigned } from "@/lib/format/number";
import { clientText } from "@/lib/i18n/client-text";
import type { Lang } from "@/lib/i18n/lang";
import { Pager, TABLE_PAGE_SIZE } from "./pager";
import { useUrlParam } from "./use-url-param";

export interface RankingTableRow {
  code: string;
  name: string;
  level: string;
  rank: number | null;
  value: number | null;
  change: number | null;
  source: string;
  focus: boolean;
}

type SortKey = "peringkat" | "nama" | "nilai" | "perubahan";
const KEYS: SortKey[] = ["peringkat", "nama", "nilai", "perubahan"];

export function RankingTable({
  lang,
  rows,
  decimals,
  caption,
  previousYear,
}: {
  lang: Lang;
  rows: RankingTableRow[];
  decimals: number;
  caption: string;
  previousYear: number | null;
}) {
  const text = clientText(lang).table;
  const [param, setParam] = useUrlParam("urut");
  const [page, setPage] = useState(0);
  const [keyPart, dirPart] = (param ?? "peringkat").split("-");
  const key: SortKey = KEYS.includes(keyPart as SortKey) ? (keyPart as SortKey) : "peringkat";
  const desc = dirPart === "turun";
  const value = (r: RankingTableRow): number | string | null =>
    key === "nama" ? r.name : key === "nilai" ? r.value : key === "perubahan" ? r.change : r.rank;
  const sorted = [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return 0;
    if (va === null) return 1; // missing values always last
    if (vb === null) return -1;
    const c = typeof va === "string" ? va.localeCompare(vb as string, lang) : va - (vb as number);
    return desc ? -c : c;
  });
  const pages = Math.ceil(sorted.length / TABLE_PAGE_SIZE);
  const current = Math.min(page, Math.max(0, pages - 1));
  const shown = pages > 1 ? sorted.slice(current * TABLE_PAGE_SIZE, (current + 1) * TABLE_PAGE_SIZE) : sorted;
  const focusPage = Math.floor(sorted.findIndex((r) => r.focus) / TABLE_PAGE_SIZE);
  const pager = (
    <Pager lang={lang} page={current} pages={pages} rows={sorted.length} onPage={setPage}>
      {focusPage >= 0 && focusPage !== current ? (
        <button type="button" onClick={() => setPage(focusPage)}>
          {text.toFocus(sorted.find((r) => r.focus)!.name)}
        </button>
      ) : null}
    </Pager>
  );
  const header = (k: SortKey, label: string, numeric = false) => {
    const active = key === k;
    const next = active && !desc ? `${k}-turun` : k;
    return (
      <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (desc ? "descending" : "ascending") : "none"}>
        <button
          type="button"
          className="sort-button"
          onClick={() => {
            setParam(next === "peringkat" ? null : next);
            setPage(0);
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (desc ? " ▼" : " ▲") : " ↕"}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-wrap">
      {pager}
      <table className="ranking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header("peringkat", text.rank, true)}
            {header("nama", text.region)}
            <th scope="col">{text.level}</th>
            {header("nilai", text.value, true)}
            {header("perubahan", previousYear ? text.changeSince(previousYear) : text.change, true)}
            <th scope="col">{text.source}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.code} className={r.focus ? "focus-row" : undefined}>
              <td className="num">{r.rank ?? "–"}</td>
              <th scope="row">{r.focus ? <strong>{r.name}</strong> : r.name}</th>
              <td>{r.level}</td>
              <td className="num">
                {r.value === null ? <span className="missing">{text.missing}</span> : formatNumber(r.value, lang, decimals)}
              </td>
              <td className="num">
                {r.change === null ? <span className="missing">–</span> : formatSigned(r.change, lang, decimals)}
              </td>
              <td>{r.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager}
    </div>
  );
}
