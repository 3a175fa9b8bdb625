import { notFound } from "next/navigation";
import { ChartFrame } from "@/components/charts/chart-frame";
import { TrendChart } from "@/components/charts/trend-chart";
import { TrendWithScenario } from "@/components/charts/trend-scenario";
import { PeersChart } from "@/components/charts/peers-chart";
import { RankingFigure } from "@/components/charts/ranking-figure";
import { DataErrorPanel } from "@/components/data-error-panel";
import { DataNotesBlock } from "@/components/indicator/data-notes";
import { Levers } from "@/components/indicator/levers";
import { PositionDetails } from "@/components/indicator/position-details";
import { ScenarioBox } from "@/components/indicator/scenario-box";
import { StatusBadge } from "@/components/indicator/status-badge";
import { SourceList } from "@/components/source-list";
import { RegionalSection } from "@/components/indicator/regional-section";
import { DataTable } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { findHeadlineIndicator, indicatorPageModel, type IndicatorPageModel } from "@/lib/view/indicator-page";
import type { Site } from "@/lib/view/site";

/** Height of the trend drawing on an indicator page. */
const TREND_HEIGHT = 380;

/** /indikator/[kode]: the full story of one indicator for the focus region. */
export function IndicatorPage({ site, lang, kode }: { site: Site; lang: Lang; kode: string }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const indicator = findHeadlineIndicator(site, kode);
  if (!indicator) notFound();
  const m = indicatorPageModel(site, indicator, lang);
  const t = dict(lang);
  const ip = t.indicatorPage;
  return (
    <>
      <h1>
        {m.code}: {m.name}
      </h1>
      <ChartFrame
        id="grafik-tren"
        lang={lang}
        title={m.trend.title}
        subtitle={m.subtitle}
        summary={m.narrative.join(" ")}
        note={m.notes.methodBreak}
        sources={[...new Set(m.trend.rows.map((r) => r.source))]}
        lastYear={m.trend.lastYear}
        rows={m.trend.rows}
        decimals={m.decimals}
        headingLevel={2}
        withRole
        file={{ place: m.regionShort, kind: "trend" }}
      >
        {m.trend.props.scenario ? (
          <TrendWithScenario chart={m.trend.props} height={TREND_HEIGHT} />
        ) : (
          <TrendChart chart={m.trend.props} height={TREND_HEIGHT} />
        )}
      </ChartFrame>
      {m.scenario ? (
        <ScenarioBox
          lang={lang}
          indicator={m.code}
          decimals={m.decimals}
          {...m.scenario}
          text={t.client.scenario}
          status={t.client.status}
        />
      ) : null}

      <section className="panel progress-panel" aria-labelledby="kemajuan">
        <h2 id="kemajuan">
          {t.scorecard.title(site.planYear)} · {m.region}
        </h2>
        <p>
          <StatusBadge status={m.position.status} lang={lang} />
          {m.position.trendWord ? <span className="note"> · {m.position.trendWord}</span> : null}
        </p>
        <p data-testid="change">{m.position.change}</p>
        <PositionDetails p={m.position} lang={lang} />
        {m.position.basis ? <p className="note">{m.position.basis}</p> : null}
      </section>

      {/* The method break is already told under the chart. */}
      <DataNotesBlock notes={{ ...m.notes, methodBreak: null }} lang={lang} id="catatan-data" heading={t.decisions.heading} />

      <h2>{ip.comparisonHeading}</h2>
      <RankingSection m={m} lang={lang} />

      <h2>{ip.peersHeading}</h2>
      <PeersChart
        id="grafik-antarwilayah"
        lang={lang}
        decimals={m.decimals}
        regions={m.peers.regions}
        series={m.peers.series}
        defaultRegions={m.peers.defaults}
        subtitle={m.subtitle}
        exportInfo={{ indicator: m.code, regionNames: m.peers.regionNames, sources: m.peers.sourceInfo }}
        text={{
          figure: t.client.figure,
          peers: t.client.peers,
          downloads: { ...t.client.downloads, columns: t.client.csvColumns },
        }}
      />

      {m.components ? <Levers model={m.components} lang={lang} /> : null}

      <section className="panel" aria-labelledby="tentang">
        <h2 id="tentang">{ip.aboutHeading(m.code)}</h2>
        <p>
          {m.definition} <span className="note">({m.better})</span>
        </p>
        <p className="note">{t.overview.method}</p>
      </section>

      <section className="panel" aria-labelledby="sumber">
        <h2 id="sumber">{ip.sourcesHeading}</h2>
        <p>{ip.sourcesLead}</p>
        <SourceList sources={m.sources} lang={lang} />
      </section>
    </>
  );
}

function RankingSection({ m, lang }: { m: IndicatorPageModel; lang: Lang }) {
  const t = dict(lang);
  const ip = t.indicatorPage;
  if (!m.ranking) return <p className="empty-state">{ip.notAvailable}</p>;
  const r = m.ranking;
  return (
    <>
      <RankingFigure ranking={r} year={r.year} decimals={m.decimals} focusName={m.regionShort} lang={lang} />
      {r.missing.length ? <p className="note">{ip.missingRegions(r.missing.join(", "))}</p> : null}
      {m.regional ? <RegionalSection m={m.regional} lang={lang} decimals={m.decimals} place={m.regionShort} /> : null}
      {m.rankHistory.length ? (
        <div className="panel">
          <DataTable
            caption={ip.rankHistoryCaption(m.regionShort, m.code)}
            lang={lang}
            rows={m.rankHistory}
            rowKey={(h) => String(h.year)}
            rowClassName={(h) => (h.seriesChanged ? "series-break" : undefined)}
            columns={[
              { key: "year", label: t.common.year, rowHeader: true, cell: (h) => h.year },
              { key: "rank", label: ip.rank, numeric: true, cell: (h) => ip.rankOf(h.rank, h.of) },
              {
                key: "series",
                label: t.client.figure.series,
                cell: (h) => (
                  <>
                    {h.series}
                    {h.seriesChanged ? <strong className="break-mark"> · {ip.methodChanged}</strong> : null}
                  </>
                ),
              },
            ]}
          />
        </div>
      ) : null}
    </>
  );
}
