/** Data problems as a table: where, what was found, what is wrong, what to do. Used by the build's error panel and the CSV checker. */
import type { DataIssue } from "@/lib/data/issues";
import { describeIssue, formatIssueLocation } from "@/lib/format/issue";
import type { IssueText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { DataTable } from "./table/data-table";

export function IssueTable({
  issues,
  text,
  lang,
  dir,
  caption,
}: {
  issues: DataIssue[];
  text: IssueText;
  lang: Lang;
  /** Folder shown before the file name ("data"), if any. */
  dir?: string;
  caption: string;
}) {
  const rows = issues.map((issue, i) => ({ i, issue, ...describeIssue(issue, text) }));
  return (
    <DataTable
      caption={caption}
      lang={lang}
      rows={rows}
      rowKey={(r) => String(r.i)}
      columns={[
        { key: "where", label: text.where, cell: (r) => <code>{formatIssueLocation(r.issue, text, dir)}</code> },
        {
          key: "found",
          label: text.found,
          cell: (r) =>
            r.issue.value ? <code>{r.issue.value.length > 60 ? `${r.issue.value.slice(0, 57)}…` : r.issue.value}</code> : null,
        },
        { key: "problem", label: text.problem, cell: (r) => r.what },
        { key: "todo", label: text.todo, cell: (r) => r.todo },
      ]}
    />
  );
}
