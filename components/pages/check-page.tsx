import { CsvChecker, type CheckerReference } from "@/components/check/csv-checker";
import { DataErrorPanel } from "@/components/data-error-panel";
import { TABLES, TABLE_NAMES, columnsOf } from "@/lib/data/schemas";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { mainSeries, seriesPoints } from "@/lib/metrics/observations";
import { headlineIndicators, loadSite } from "@/lib/site";

/** /periksa: check a CSV in the browser against the same rules as the build. */
export async function CheckPage({ lang }: { lang: Lang }) {
  const site = await loadSite();
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const { dataset: d, focus } = site;
  const t = dict(lang).check;
  const bundled: CheckerReference["bundled"] = {};
  for (const i of headlineIndicators(d)) {
    const s = mainSeries(d, focus.code, i.code);
    if (s) bundled[i.code] = seriesPoints(d, focus.code, i.code, s).map(({ year, value }) => ({ year, value }));
  }
  // What the browser needs to check a file against the bundled tables: codes, ranges, series and
  // sources, without the observations' long notes.
  const reference: CheckerReference = {
    base: { ...d, observations: [], sources: d.sources.map((s) => ({ ...s, note: null })) },
    bundled,
    focus: focus.code,
    tables: TABLE_NAMES.map((name) => ({ name, file: TABLES[name].file, columns: columnsOf(name) })),
  };
  return (
    <>
      <h1>{t.title}</h1>
      <p className="page-lead">{t.lead}</p>
      <ul className="check-tips">
        {t.tips.map((tip, i) => (
          <li key={i}>{tip}</li>
        ))}
      </ul>
      <CsvChecker lang={lang} reference={reference} />
    </>
  );
}
