import { SiteLink } from "@/components/site/site-link";
import { DataErrorPanel } from "@/components/data-error-panel";
import { IndicatorCard } from "@/components/indicator/indicator-card";
import { Scorecard } from "@/components/indicator/scorecard";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { overviewModel } from "@/lib/view/overview";
import type { Site } from "@/lib/view/site";

/** "/" — where the focus region stands for the plan year (the scorecard), then each index in detail. */
export function OverviewPage({ site, lang }: { site: Site; lang: Lang }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const m = overviewModel(site, lang);
  const t = dict(lang);
  return (
    <>
      <h1>{t.overview.title(m.region)}</h1>
      <Scorecard m={m.scorecard} lang={lang} />
      <section className="print-hide" aria-labelledby="kartu-judul">
        <h2 id="kartu-judul">{t.overview.cardsHeading}</h2>
        <ul className="cards">
          {m.cards.map((card) => (
            <IndicatorCard key={card.code} card={card} lang={lang} />
          ))}
        </ul>
      </section>
      <section className="panel print-hide" aria-labelledby="kelembagaan-ringkas">
        <h2 id="kelembagaan-ringkas">{t.overview.institutions}</h2>
        <ul>
          {m.institutions.ape ? (
            <li>
              APE/PPE {m.institutions.ape.year}: <strong>{t.ape[m.institutions.ape.predicate]}</strong>
            </li>
          ) : null}
          {m.institutions.items.map((item) => (
            <li key={item.key}>
              {item.when}: {item.title}
            </li>
          ))}
        </ul>
        <p className="note">
          <SiteLink href={localePath(lang, "/kelembagaan")}>{t.nav.institutions} →</SiteLink>
        </p>
      </section>
    </>
  );
}
