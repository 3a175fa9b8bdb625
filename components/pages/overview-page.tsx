import Link from "next/link";
import { DataErrorPanel } from "@/components/data-error-panel";
import { IndicatorCard } from "@/components/indicator/indicator-card";
import { assessIndicator } from "@/lib/metrics/assess";
import { latestApe } from "@/lib/metrics/institutions";
import { indicatorNarrative } from "@/lib/format/narrative";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { headlineIndicators, loadSite } from "@/lib/site";

/** "/" — where the focus region stands on the four indices, and whether the targets are in reach. */
export async function OverviewPage({ lang }: { lang: Lang }) {
  const site = await loadSite();
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const { dataset: d, focus, planYear } = site;
  const t = dict(lang);
  const assessments = headlineIndicators(d).map((i) => assessIndicator(d, focus.code, i.code));
  const ape = latestApe(d, focus.code);
  const current = d.milestones.filter((m) => m.status === "in-progress" || m.status === "planned");
  const lastHalt = [...d.milestones].reverse().find((m) => m.status === "halted");
  return (
    <>
      <h1>{t.overview.title(focus.name)}</h1>
      <p className="page-lead">{t.overview.lead(focus.name, planYear)}</p>
      <section aria-labelledby="kartu-judul">
        <h2 id="kartu-judul" className="visually-hidden">
          {t.overview.cardsHeading}
        </h2>
        <ul className="cards">
          {assessments.map((a) => (
            <IndicatorCard key={a.indicator.code} d={d} a={a} lang={lang} planYear={planYear} />
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="ringkasan-kalimat">
        <h2 id="ringkasan-kalimat">{t.overview.story}</h2>
        <div className="sentences" data-testid="narrative">
          {assessments.map((a) => (
            <p key={a.indicator.code}>{indicatorNarrative(d, a, lang, planYear).join(" ")}</p>
          ))}
        </div>
        <p className="note">{t.overview.method}</p>
      </section>
      <section className="panel" aria-labelledby="kelembagaan-ringkas">
        <h2 id="kelembagaan-ringkas">{t.overview.institutions}</h2>
        <ul>
          {ape ? (
            <li>
              APE/PPE {ape.year}: <strong>{t.ape[ape.predicate]}</strong>
            </li>
          ) : null}
          {lastHalt ? (
            <li>
              {lastHalt.startYear}
              {lastHalt.endYear ? `–${lastHalt.endYear}` : ""}: {lastHalt.title[lang]}
            </li>
          ) : null}
          {current.map((m) => (
            <li key={m.id}>
              {m.startYear}
              {m.endYear ? `–${m.endYear}` : ""}: {m.title[lang]}
            </li>
          ))}
        </ul>
        <p className="note">
          <Link href={localePath(lang, "/kelembagaan")}>{t.nav.institutions} →</Link>
        </p>
      </section>
    </>
  );
}
