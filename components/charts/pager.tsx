"use client";
import { clientText } from "@/lib/i18n/client-text";
import type { Lang } from "@/lib/i18n/lang";

/** Rows per page: a national table (514 regions) is read a page at a time. */
export const TABLE_PAGE_SIZE = 50;

/** Previous / "page n of m" / next, for a long table; nothing when everything fits on one page. */
export function Pager({
  lang,
  page,
  pages,
  rows,
  onPage,
  children,
}: {
  lang: Lang;
  page: number;
  pages: number;
  rows: number;
  onPage: (page: number) => void;
  children?: React.ReactNode;
}) {
  const text = clientText(lang).table;
  if (pages <= 1) return null;
  return (
    <div className="pager" role="group" aria-label={text.pages}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        ← {text.prevPage}
      </button>
      <span aria-live="polite">{text.pageOf(page + 1, pages, rows)}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page === pages - 1}>
        {text.nextPage} →
      </button>
      {children}
    </div>
  );
}
