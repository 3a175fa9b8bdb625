import type { DataIssue } from "@/lib/data/issues";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { IssueTable } from "./issue-table";

/** Shown instead of any figures when data/ fails validation: every problem, where it is, what to do. */
export function DataErrorPanel({ issues, lang }: { issues: DataIssue[]; lang: Lang }) {
  const t = dict(lang).dataError;
  return (
    <section className="error-panel" role="alert" aria-labelledby="data-error-title">
      <h1 id="data-error-title">{t.title}</h1>
      <p>{t.lead(issues.length)}</p>
      <p>{t.how}</p>
      <IssueTable issues={issues} lang={lang} dir="data" labels={t} />
    </section>
  );
}
