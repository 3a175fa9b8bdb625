"use client";
/**
 * The client leaf of a sortable or paged DataTable: orders the rows the server drew by the column
 * in the URL (?urut=nilai-turun), and shows a long table a page at a time. Without scripts the
 * table shows in its default order.
 */
import { useState, type ReactNode } from "react";
import { useUrlParam } from "@/components/charts/use-url-param";
import type { ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { fill } from "@/lib/i18n/template";

type SortValue = string | number | null;

/** The sort in a URL value: "nilai" ascending, "nilai-turun" descending; anything unknown is the default. */
function readSort(param: string | null, keys: string[], defaultKey: string): { key: string; desc: boolean } {
  const [key = defaultKey, dir] = (param ?? defaultKey).split("-");
  return keys.includes(key) ? { key, desc: dir === "turun" } : { key: defaultKey, desc: false };
}

export function SortHeader({
  column,
  label,
  numeric,
  param,
  defaultKey,
}: {
  column: string;
  label: string;
  numeric?: boolean;
  param: string;
  defaultKey: string;
}) {
  const [value, setValue] = useUrlParam(param);
  const [key = defaultKey, dir] = (value ?? defaultKey).split("-");
  const active = key === column;
  const desc = active && dir === "turun";
  const next = active && !desc ? `${column}-turun` : column;
  return (
    <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (desc ? "descending" : "ascending") : "none"}>
      <button type="button" className="sort-button" onClick={() => setValue(next === defaultKey ? null : next)}>
        {label}
        <span aria-hidden="true">{active ? (desc ? " ▼" : " ▲") : " ↕"}</span>
      </button>
    </th>
  );
}

export function TableRows({
  children,
  lang,
  rowKeys,
  sortKeys,
  sortValues,
  param,
  defaultKey,
  pageSize,
  focus,
  columnCount,
  text,
}: {
  children: ReactNode[];
  lang: Lang;
  rowKeys: string[];
  sortKeys: string[];
  sortValues: SortValue[][];
  param?: string;
  defaultKey?: string;
  pageSize?: number;
  focus?: { key: string; name: string };
  columnCount: number;
  text: ClientText["table"];
}) {
  const [value] = useUrlParam(param ?? "");
  const [page, setPage] = useState(0);
  const order = rowKeys.map((_, i) => i);
  if (param && defaultKey) {
    const { key, desc } = readSort(value, sortKeys, defaultKey);
    const k = sortKeys.indexOf(key);
    order.sort((a, b) => {
      const va = sortValues[a]![k] ?? null;
      const vb = sortValues[b]![k] ?? null;
      if (va === null || vb === null) return va === vb ? a - b : va === null ? 1 : -1; // missing values always last
      const c = typeof va === "string" ? va.localeCompare(String(vb), lang) : va - Number(vb);
      return (desc ? -c : c) || a - b;
    });
  }
  const pages = pageSize ? Math.max(1, Math.ceil(order.length / pageSize)) : 1;
  const current = Math.min(page, pages - 1);
  const shown = pages > 1 ? order.slice(current * pageSize!, (current + 1) * pageSize!) : order;
  const focusPage = focus ? Math.floor(order.indexOf(rowKeys.indexOf(focus.key)) / (pageSize ?? order.length)) : -1;
  return (
    <>
      <tbody>{shown.map((i) => children[i])}</tbody>
      {pages > 1 ? (
        <tfoot className="no-print">
          <tr>
            <td colSpan={columnCount}>
              <div className="pager" role="group" aria-label={text.pages}>
                <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
                  ← {text.prevPage}
                </button>
                <span aria-live="polite">{fill(text.pageOf, { page: current + 1, pages, rows: order.length })}</span>
                <button type="button" onClick={() => setPage(current + 1)} disabled={current === pages - 1}>
                  {text.nextPage} →
                </button>
                {focus && focusPage >= 0 && focusPage !== current ? (
                  <button type="button" onClick={() => setPage(focusPage)}>
                    {fill(text.toFocus, { name: focus.name })}
                  </button>
                ) : null}
              </div>
            </td>
          </tr>
        </tfoot>
      ) : null}
    </>
  );
}
