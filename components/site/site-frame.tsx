import { dict } from "@/lib/i18n/dictionary";
import { localePath, otherLang, type Lang } from "@/lib/i18n/lang";
import type { SiteNav as SiteNavModel } from "@/lib/view/site";
import { PaletteStyle } from "./palette-style";
import { PrintStamp } from "./print-stamp";
import { LanguageSwitch } from "./language-switch";
import { SiteLink } from "./site-link";
import { SiteNav } from "./site-nav";

/** The document shell for one language: <html lang>, header with navigation, footer. */
export function SiteFrame({ lang, nav, children }: { lang: Lang; nav: SiteNavModel; children: React.ReactNode }) {
  const t = dict(lang);
  return (
    <html lang={lang}>
      <body>
        <PaletteStyle />
        <a className="skip-link" href="#isi">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <a className="brand" href={localePath(lang, "/")}>
              <strong>
                {t.siteName}
                {nav.region ? ` · ${nav.region}` : ""}
              </strong>
              <span>{t.siteTagline}</span>
            </a>
            <SiteNav label={t.nav.label} items={nav.items} />
            <LanguageSwitch to={otherLang(lang)} text={t.nav.switchTo} label={t.nav.switchToLabel} />
          </div>
        </header>
        <main id="isi" tabIndex={-1}>
          <div className="print-header" aria-hidden="true">
            <p>
              <strong>
                {t.siteName}
                {nav.region ? ` · ${nav.region}` : ""}
              </strong>
            </p>
            <PrintStamp lang={lang} text={t.client.print} />
          </div>
          <DataStrip nav={nav} lang={lang} />
          {children}
        </main>
        <footer className="site-footer">
          <div>
            <p>{t.footer.sources}</p>
            <p>{t.footer.paper}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** How current the data is, on every page and in print: the latest year per index, and what BPS has released but is not loaded yet. */
function DataStrip({ nav, lang }: { nav: SiteNavModel; lang: Lang }) {
  const t = dict(lang).freshness;
  if (!nav.dataThrough.length) return null;
  const notLoaded = nav.dataThrough.flatMap((d) => d.notLoaded.map((y) => `${d.code} ${y}`));
  return (
    <p className="data-strip" data-testid="data-strip">
      {t.latest}: {nav.dataThrough.map((d) => `${d.code} ${d.year}`).join(" · ")}
      {notLoaded.length ? (
        <>
          {". "}
          {t.notLoaded(notLoaded.join(", "))} <SiteLink href={nav.freshnessHref}>{t.details}</SiteLink>
        </>
      ) : null}
    </p>
  );
}
