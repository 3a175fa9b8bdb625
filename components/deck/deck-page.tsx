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
  return (
    <>
      <SlideBody slide={slide} lang={lang} />
      <aside className="speaker-notes" aria-label={dict(lang).client.deck.notes}>
        {slide.notes.map((n, i) => (
          <p key={i}>{n}</p>
        ))}
      </aside>
    </>
  );
}

/** The first slide: the scorecard, one row per index. */
function ScorecardSlide({ slide, lang }: { slide: Extract<DeckSlide, { kind: "scorecard" }>; lang: Lang }) {
  const t = dict(lang);
  return (
    <div className="slide-body slide-scorecard">
      <h1>{slide.title}</h1>
      <p className="slide-lead">{slide.sentence}</p>
      <table className="slide-table">
        <thead>
          <tr>
            <th scope="col">{t.scorecard.index}</th>
            <th scope="col" className="num">
              {t.scorecard.official}
            </th>
            <th scope="col" className="num">
              {t.scorecard.target(slide.planYear)}
            </th>
            <th scope="col" className="num">
              {t.scorecard.projection(slide.planYear)}
            </th>
            <th scope="col">{t.scorecard.status}</th>
            <th scope="col">{t.scorecard.rank}</th>
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.code}</th>
              <td className="num">
                {r.official ? r.official.value : "–"} <small>{r.official?.year}</small>
              </td>
              <td className="num">{r.target ?? <span className="missing">{t.scorecard.targetNotSet}</span>}</td>
              <td className="num">
                {r.projection?.value ?? "–"}
                {r.gap ? <small className="cell-note">{r.gap}</small> : null}
              </td>
              <td>
                <span className={`status status-${r.status}`}>
                  <StatusIcon status={r.status} size={26} />
                  {r.statusWord}
                </span>
              </td>
              <td className={r.rank?.lowest ? "rank-low" : undefined}>
                {r.rank ? r.rank.text : "–"}
                {r.rank?.lowest ? ` · ${t.scorecard.lowestWord}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slide-source">{slide.source}</p>
    </div>
  );
}

function SlideBody({ slide, lang }: { slide: DeckSlide; lang: Lang }) {
  const t = dict(lang);
  switch (slide.kind) {
    case "scorecard":
      return <ScorecardSlide slide={slide} lang={lang} />;
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
          <p className="slide-text">{slide.lead}</p>
          <p className="slide-source">{slide.source}</p>
        </div>
      );
    case "rank":
      return (
        <div className="slide-body">
          <p className="slide-kicker">
            {slide.code} · {slide.name}
          </p>
          <h2>{slide.title}</h2>
          <p className="slide-text">{slide.lead}</p>
          <p className="slide-kicker">{slide.chartTitle}</p>
          <div className="slide-chart">
            <RankingChart
              lang={lang}
              decimals={slide.decimals}
              bars={slide.bars}
              references={slide.references}
              focusLabel={slide.bars.find((b) => b.focus)?.label ?? ""}
              othersLabel={t.indicatorPage.rankOthers}
              big
            />
          </div>
          <p className="slide-source">{slide.source}</p>
        </div>
      );
    case "decisions":
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <ul className="slide-list">
            {slide.items.map((x) => (
              <li key={x.title} className="tone-warn">
                <strong>{x.title}</strong> {x.verdict} <span className="slide-step">{x.step}</span>
              </li>
            ))}
          </ul>
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
  const deck = buildDeck(site, lang);
  const labels = deck.slides.map((s) => s.title);
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
