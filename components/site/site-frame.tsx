import { findRegion } from "@/lib/metrics/assess";
import { loadSite } from "@/lib/site";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { LanguageSwitch } from "./language-switch";
import { SiteNav } from "./site-nav";
import "@/app/globals.css";

/** The document shell for one language: <html lang>, header with navigation, footer. */
export async function SiteFrame({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  const t = dict(lang);
  const site = await loadSite();
  const region = site.ok ? findRegion(site.dataset, site.focus.code) : undefined;
  const other: Lang = lang === "id" ? "en" : "id";
  const p = (path: string) => localePath(lang, path);
  const items = [
    { href: p("/"), text: t.nav.overview },
    ...(site.ok
      ? site.dataset.indicators
          .filter((i) => i.parent === null)
          .map((i) => ({ href: p(`/indikator/${i.code.toLowerCase()}`), text: i.code }))
      : []),
    { href: p("/perbandingan"), text: t.nav.comparison },
    { href: p("/kelembagaan"), text: t.nav.institutions },
    { href: p("/data"), text: t.nav.data },
    { href: p("/periksa"), text: t.nav.check },
    { href: p("/presentasi"), text: t.nav.presentation },
  ];
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#isi">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <a className="brand" href={p("/")}>
              <strong>
                {t.siteName}
                {region ? ` · ${region.name}` : ""}
              </strong>
              <span>{t.siteTagline}</span>
            </a>
            <SiteNav label={t.nav.label} items={items} />
            <LanguageSwitch to={other} text={t.nav.switchTo} label={t.nav.switchToLabel} />
          </div>
        </header>
        <main id="isi" tabIndex={-1}>
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
