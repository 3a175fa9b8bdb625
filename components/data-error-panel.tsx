import type { DataIssue } from "@/lib/data/issues";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { IssueTable } from "./issue-table";

/** Shown instead of any figures when data/ fails validation: every problem, where it is, what to do. */
export function DataErrorPanel({ issues, lang }: { issues: DataIssue[]; lang: Lang }) {
  const t = dict(lang);
  return (
    <section className="error-panel" role="alert" aria-labelledby="data-error-title">
      <h1 id="data-error-title">{t.dataError.title}</h1>
      <p>{t.dataError.lead(issues.length)}</p>
      <p>{t.dataError.how}</p>
      <IssueTable issues={issues} text={t.issues} lang={lang} dir="data" caption={t.dataError.title} />
    </section>
  );
}
