import { TrendChart } from "@/components/charts/trend-chart";
import { RankingChart } from "@/components/charts/ranking-chart";
import { DataErrorPanel } from "@/components/data-error-panel";
import { StatusIcon } from "@/components/indicator/status-icon";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { buildDeck, type DeckSlide } from "@/lib/view/deck";
import type { Site } from "@/lib/view/site";
import { DeckController } from "./deck-controller";
import { fitDeck } from "./fit";

function Slide({ slide, lang }: { slide: DeckSlide; lang: Lang }) {
  switch (slide.kind) {
    case "title":
      return (
        <div className="slide-title-page">
          <h1>{slide.title}</h1>
          <p className="slide-subtitle">{slide.subtitle}</p>
          <p className="slide-meta">{slide.meta}</p>
        </div>
      );
    case "indicator":
      return (
        <div className="slide-body">
          <p className="slide-kicker">
            {slide.code} · {slide.name}
          </p>
          <h2>{slide.title}</h2>
          <p className={`status status-${slide.status} slide-status`}>
            <StatusIcon status={slide.status} size={30} />
            {slide.statusLabel}
          </p>
          <div className="slide-chart">
            <TrendChart chart={slide.trend} height={360} big />
          </div>
          <p className="slide-text">{slide.sentences.slice(0, 2).join(" ")}</p>
          <p className="slide-source">{slide.source}</p>
        </div>
      );
    case "ranking":
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <ul className="slide-ranks">
            {slide.ranks.map((r) => (
              <li key={r.code}>
                <strong>{r.code}</strong> {r.rank !== null ? `${r.rank}/${r.of}` : "–"} <span>({r.year ?? "–"})</span>
              </li>
            ))}
          </ul>
          <p className="slide-kicker">{slide.chartTitle}</p>
          <div className="slide-chart">
            <RankingChart
              lang={lang}
              decimals={slide.decimals}
              bars={slide.bars}
              references={slide.references}
              focusLabel={slide.bars.find((b) => b.focus)?.label ?? ""}
              othersLabel={dict(lang).indicatorPage.rankOthers}
              big
            />
          </div>
          <p className="slide-source">{slide.source}</p>
        </div>
      );
    case "institutions":
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <ul className="slide-list">
            {slide.items.map((item, i) => (
              <li key={i} className={`tone-${item.tone}`}>
                <span className="slide-when">{item.when}</span> {item.text}
              </li>
            ))}
          </ul>
          <p className="slide-source">{slide.source}</p>
        </div>
      );
    case "sources":
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <ul className="slide-sources">
            {slide.items.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <p className="slide-source">{slide.footer}</p>
        </div>
      );
  }
}

/** /presentasi: the deck for a meeting, generated from the data. */
export function DeckPage({ site, lang }: { site: Site; lang: Lang }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const deck = buildDeck(site.dataset, site.focus, site.planYear, lang);
  const labels = deck.slides.map((s) => ("title" in s ? s.title : ""));
  return (
    <>
      <DeckController
        slides={deck.slides.map((s, i) => (
          <Slide key={i} slide={s} lang={lang} />
        ))}
        labels={labels}
        text={dict(lang).client.deck}
        pptxHref={`/unduh/presentasi/dasbor-pug-${lang}.pptx`}
        backHref={localePath(lang, "/")}
      />
      {/* Sizes the slide as soon as the stage is laid out, before the first paint (no layout shift). */}
      <script dangerouslySetInnerHTML={{ __html: `(${fitDeck.toString()})(document.querySelector(".deck-stage"))` }} />
      <noscript>
        <style>{".deck-stage{visibility:visible}"}</style>
      </noscript>
    </>
  );
}
