import { CsvChecker } from "@/components/check/csv-checker";
import { DataErrorPanel } from "@/components/data-error-panel";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { checkerReference } from "@/lib/view/check-page";
import type { Site } from "@/lib/view/site";

/** /periksa: check a CSV in the browser against the same rules as the build. */
export function CheckPage({ site, lang }: { site: Site; lang: Lang }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const t = dict(lang);
  return (
    <>
      <h1>{t.check.title}</h1>
      <p className="page-lead">{t.check.lead}</p>
      <ul className="check-tips">
        {t.check.tips.map((tip, i) => (
          <li key={i}>{tip}</li>
        ))}
      </ul>
      <CsvChecker lang={lang} reference={checkerReference(site)} text={t.client.checker} issueText={t.issues} />
    </>
  );
}
