/**
 * Every table of the dashboard: a caption, a header that stays in view, numbers right-aligned in
 * the page's number format, and on a phone each row stacked as label: value lines, so no column is
 * pushed off-screen. Drawn on the server; a table that sorts or pages gets a small client leaf
 * (TableRows) that reorders or slices the rows already drawn here.
 */
import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format/number";
import type { ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { SortHeader, TableRows } from "./table-rows";

export interface Column<R> {
  key: string;
  /** Heading text; also the label of each cell when the table is stacked on a phone. */
  label: string;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
  /** The row's name: a <th scope="row">. */
  rowHeader?: boolean;
  cell: (row: R) => ReactNode;
  /** A class for the column's heading (a coverage grid marks where the method changes). */
  headerClass?: string;
  /** A class for one cell (a coverage grid shades published, other-series and missing cells). */
  cellClass?: (row: R) => string | undefined;
  /** Makes the column sortable (with `sort` on the table): the value rows are ordered by; null sorts last. */
  sortValue?: (row: R) => string | number | null;
}

export interface TableSort {
  /** URL query parameter holding the order, e.g. "urut" → ?urut=nilai-turun. */
  param: string;
  /** Column key of the default order (ascending), written to the URL as nothing. */
  defaultKey: string;
}

export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  lang,
  sort,
  pageSize,
  focus,
  text,
  className,
}: {
  caption: ReactNode;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  rowClassName?: (row: R) => string | undefined;
  lang: Lang;
  sort?: TableSort;
  /** Long tables (hundreds of regions) are read a page at a time. */
  pageSize?: number;
  /** The row to offer a jump to when it is on another page: the focus region's key and name. */
  focus?: { key: string; name: string };
  /** Needed for sorting and paging controls. */
  text?: ClientText["table"];
  className?: string;
}) {
  const interactive = Boolean((sort || (pageSize && rows.length > pageSize)) && text);
  const body = rows.map((row) => (
    <tr key={rowKey(row)} className={rowClassName?.(row)}>
      {columns.map((c) => {
        const Cell = c.rowHeader ? "th" : "td";
        return (
          <Cell
            key={c.key}
            scope={c.rowHeader ? "row" : undefined}
            className={[c.numeric ? "num" : "", c.cellClass?.(row) ?? ""].join(" ").trim() || undefined}
            data-label={c.label}
          >
            {/* One box for the value, so a stacked row on a phone keeps label and value as two columns. */}
            {c.rowHeader ? c.cell(row) : <span className="cell-value">{c.cell(row)}</span>}
          </Cell>
        );
      })}
    </tr>
  ));
  const header = (
    <tr>
      {columns.map((c) =>
        sort && c.sortValue && text ? (
          <SortHeader
            key={c.key}
            column={c.key}
            label={c.label}
            numeric={c.numeric}
            param={sort.param}
            defaultKey={sort.defaultKey}
          />
        ) : (
          <th key={c.key} scope="col" className={[c.numeric ? "num" : "", c.headerClass ?? ""].join(" ").trim() || undefined}>
            {c.label}
          </th>
        ),
      )}
    </tr>
  );
  return (
    <div className="data-table-wrap">
      <table className={["data-table", sort ? "sortable" : "", className ?? ""].join(" ").trim()}>
        <caption>{caption}</caption>
        <thead>{header}</thead>
        {interactive && text ? (
          <TableRows
            lang={lang}
            sortKeys={sort ? columns.filter((c) => c.sortValue).map((c) => c.key) : []}
            sortValues={sort ? rows.map((row) => columns.filter((c) => c.sortValue).map((c) => c.sortValue!(row))) : []}
            param={sort?.param}
            defaultKey={sort?.defaultKey}
            pageSize={pageSize}
            rowKeys={rows.map(rowKey)}
            focus={focus}
            columnCount={columns.length}
            text={text}
          >
            {body}
          </TableRows>
        ) : (
          <tbody>{body}</tbody>
        )}
      </table>
    </div>
  );
}

/** A number in a table cell: the page's format and the indicator's decimals, or "not available". */
export function NumberCell({
  value,
  lang,
  decimals,
  missing,
}: {
  value: number | null;
  lang: Lang;
  decimals: number;
  missing: string;
}) {
  return value === null ? <span className="missing">{missing}</span> : <>{formatNumber(value, lang, decimals)}</>;
}
