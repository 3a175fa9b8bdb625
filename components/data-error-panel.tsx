import type { DataIssue } from "@/lib/data/issues";
import { describeIssue, formatIssueLocation } from "@/lib/data/issues";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

/** Shown instead of any figures when data/ fails validation: every problem, where it is, what to do. */
export function DataErrorPanel({ issues, lang }: { issues: DataIssue[]; lang: Lang }) {
  const t = dict(lang).dataError;
  return (
    <section className="error-panel" role="alert" aria-labelledby="data-error-title">
      <h1 id="data-error-title">{t.title}</h1>
      <p>{t.lead(issues.length)}</p>
      <p>{t.how}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.where}</th>
              <th scope="col">{t.found}</th>
              <th scope="col">{t.problem}</th>
              <th scope="col">{t.todo}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => {
              const { what, todo } = describeIssue(issue, lang);
              return (
                <tr key={i}>
                  <td>
                    <code>{formatIssueLocation(issue, lang, "data")}</code>
                  </td>
                  <td>{issue.value ? <code>{issue.value}</code> : null}</td>
                  <td>{what}</td>
                  <td>{todo}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
