/**
 * A problem found in the data files. Issues carry a code and parameters, not sentences, so the same
 * problem reads well in Indonesian and English, in the terminal (`npm run data:check`), in a failed
 * build, and in the browser's "Periksa CSV" page: the words are in lib/i18n, the telling in
 * lib/format/issue.
 */

export type IssueCode =
  | "file-missing"
  | "file-unreadable"
  | "file-too-large"
  | "file-utf16"
  | "file-not-utf8"
  | "file-binary"
  | "file-empty"
  | "file-header-only"
  | "header-missing-column"
  | "header-unknown-column"
  | "header-duplicate-column"
  | "row-unclosed-quote"
  | "row-field-count"
  | "cell-no-heading"
  | "cell-required"
  | "cell-not-number"
  | "cell-not-finite"
  | "cell-thousands-separator"
  | "cell-percent"
  | "cell-not-integer"
  | "cell-year"
  | "cell-year-future"
  | "cell-date"
  | "cell-enum"
  | "cell-formula"
  | "cell-too-long"
  | "cell-url"
  | "cell-code"
  | "ref-unknown-region"
  | "ref-unknown-indicator"
  | "ref-unknown-source"
  | "ref-unknown-series"
  | "ref-unknown-parent"
  | "parent-cycle"
  | "value-out-of-range"
  | "duplicate-row"
  | "duplicate-id"
  | "target-year-order"
  | "year-order"
  | "range-order"
  | "headline-series"
  | "setting-unknown-key"
  | "setting-missing";

export interface DataIssue {
  /** File name as the user knows it, e.g. "observations.csv". */
  file: string;
  /** 1-based line in the file; null when the problem is the whole file. */
  line: number | null;
  /** When the same problem repeats on many lines in a row: the last of them, and how many. */
  lineEnd?: number;
  count?: number;
  /** Column name as in the header; null when the problem is the whole row or file. */
  column: string | null;
  /** 0-based position of the column in this file's header, for the spreadsheet letter. */
  columnIndex?: number;
  /** The text found, as written. */
  value: string | null;
  code: IssueCode;
  params?: Record<string, string | number>;
}

/** Excel-style column letter for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The same problem on five or more consecutive issues (one mistyped region code makes every row that
 * uses it "unknown") becomes one issue naming the line range and count: every line is still covered,
 * and the list stays readable.
 */
export function groupRepeatedIssues(issues: DataIssue[], minRun = 5): DataIssue[] {
  const out: DataIssue[] = [];
  let i = 0;
  while (i < issues.length) {
    const first = issues[i]!;
    let j = i + 1;
    while (
      j < issues.length &&
      first.line !== null &&
      issues[j]!.line !== null &&
      issues[j]!.file === first.file &&
      issues[j]!.code === first.code &&
      issues[j]!.column === first.column &&
      issues[j]!.value === first.value
    )
      j++;
    if (j - i >= minRun) {
      out.push({ ...first, lineEnd: issues[j - 1]!.line!, count: j - i });
    } else {
      out.push(...issues.slice(i, j));
    }
    i = j;
  }
  return out;
}
