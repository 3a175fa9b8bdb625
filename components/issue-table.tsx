import { describeIssue, formatIssueLocation, type DataIssue } from "@/lib/data/issues";
import type { Lang } from "@/lib/i18n/lang";

/** Data problems as a table: where, what was found, what is wrong, what to do. Used by the build's error panel and the CSV checker. */
export function IssueTable({
  issues,
  lang,
  dir,
  labels,
}: {
  issues: DataIssue[];
  lang: Lang;
  /** Folder shown before the file name ("data"), if any. */
  dir?: string;
  labels: { caption?: string; where: string; found: string; problem: string; todo: string };
}) {
  return (
    <div className="table-wrap">
      <table>
        {labels.caption ? <caption>{labels.caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{labels.where}</th>
            <th scope="col">{labels.found}</th>
            <th scope="col">{labels.problem}</th>
            <th scope="col">{labels.todo}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => {
            const { what, todo } = describeIssue(issue, lang);
            const value = issue.value && issue.value.length > 60 ? `${issue.value.slice(0, 57)}…` : issue.value;
            return (
              <tr key={i}>
                <td>
                  <code>{formatIssueLocation(issue, lang, dir)}</code>
                </td>
                <td>{value ? <code>{value}</code> : null}</td>
                <td>{what}</td>
                <td>{todo}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
