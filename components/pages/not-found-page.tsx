import { SiteLink } from "@/components/site/site-link";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";

/** Shown when a page exists but its parameter does not (e.g. /indikator/xyz): says what is valid. */
export function NotFoundPage({ lang, indicators }: { lang: Lang; indicators: string[] }) {
  const t = dict(lang).notFound;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="page-lead">{t.lead}</p>
      <ul>
        <li>
          <SiteLink href={localePath(lang, "/")}>{t.overview}</SiteLink>
        </li>
        <li>
          {indicators.map((kode, i) => (
            <span key={kode}>
              {i > 0 ? " · " : null}
              <SiteLink href={localePath(lang, `/indikator/${kode}`)}>{kode.toUpperCase()}</SiteLink>
            </span>
          ))}
        </li>
      </ul>
    </>
  );
}
