/**
 * Each route defined once and instantiated per language: app/(id)/… and app/(en)/en/… hold only
 * `const route = …("id")` and its exports, so the Indonesian and English routes cannot drift apart.
 * A route loads the site once (lib/site) and hands it to its page.
 */
import type { Metadata } from "next";
import type { ComponentType, ReactNode } from "react";
import { DeckPage } from "@/components/deck/deck-page";
import { ComparisonPage } from "@/components/pages/comparison-page";
import { IndicatorPage } from "@/components/pages/indicator-page";
import { PaletteStyle } from "@/components/site/palette-style";
import { SiteFrame } from "@/components/site/site-frame";
import { dict, type Dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { loadSite } from "@/lib/site";
import { comparisonParams } from "@/lib/view/comparison-page";
import { indicatorParams } from "@/lib/view/indicator-page";
import { siteNavModel, type Site } from "@/lib/view/site";

/** The site's shell in one language: <html lang>, header, navigation, footer. */
export function siteLayout(lang: Lang) {
  const t = dict(lang);
  const metadata: Metadata = { title: { default: t.siteName, template: `%s · ${t.siteName}` }, description: t.siteDescription };
  async function Layout({ children }: { children: ReactNode }) {
    const site = await loadSite();
    return (
      <SiteFrame lang={lang} nav={siteNavModel(site.ok ? site : null, lang)}>
        {children}
      </SiteFrame>
    );
  }
  return { metadata, Layout };
}

/** A page without parameters (overview, methods, institutions, checker, comparison's default view). */
export function simplePage(lang: Lang, Page: ComponentType<{ site: Site; lang: Lang }>, title: keyof Dictionary["routeTitles"]) {
  const metadata: Metadata = { title: String(dict(lang).routeTitles[title]) };
  async function Route() {
    return <Page site={await loadSite()} lang={lang} />;
  }
  return { metadata, Page: Route };
}

type IndicatorParams = Promise<{ kode: string }>;

/** /indikator/[kode]: one static page per headline index. */
export function indicatorRoute(lang: Lang) {
  return {
    async generateStaticParams() {
      const site = await loadSite();
      return site.ok ? indicatorParams(site) : [];
    },
    async generateMetadata({ params }: { params: IndicatorParams }): Promise<Metadata> {
      return { title: (await params).kode.toUpperCase() };
    },
    async Page({ params }: { params: IndicatorParams }) {
      return <IndicatorPage site={await loadSite()} lang={lang} kode={(await params).kode} />;
    },
  };
}

type ComparisonParams = Promise<{ kode: string; tahun: string }>;

/** /perbandingan/[kode]/[tahun]: one static page per index and year with data. */
export function comparisonRoute(lang: Lang) {
  return {
    async generateStaticParams() {
      const site = await loadSite();
      return site.ok ? comparisonParams(site) : [];
    },
    async generateMetadata({ params }: { params: ComparisonParams }): Promise<Metadata> {
      const { kode, tahun } = await params;
      return { title: dict(lang).routeTitles.comparisonOf(kode.toUpperCase(), tahun) };
    },
    async Page({ params }: { params: ComparisonParams }) {
      const { kode, tahun } = await params;
      return <ComparisonPage site={await loadSite()} lang={lang} kode={kode} tahun={tahun} />;
    },
  };
}

/** The deck's own document: no site header or footer, nothing but the slides. */
export function deckRoute(lang: Lang) {
  const t = dict(lang);
  const metadata: Metadata = { title: `${t.routeTitles.presentation} · ${t.siteName}` };
  function Layout({ children }: { children: ReactNode }) {
    return (
      <html lang={lang} className="deck-document">
        <body>
          <PaletteStyle />
          {children}
        </body>
      </html>
    );
  }
  async function Page() {
    return <DeckPage site={await loadSite()} lang={lang} />;
  }
  return { metadata, Layout, Page };
}
