import { SiteLink } from "@/components/site/site-link";
import { notFound } from "next/navigation";
import { RankingFigure } from "@/components/charts/ranking-figure";
import { ScatterChart } from "@/components/charts/scatter-chart";
import { DataErrorPanel } from "@/components/data-error-panel";
import { PickerNav } from "@/components/site/picker-nav";
import { RegionalSection } from "@/components/indicator/regional-section";
import { DataTable, NumberCell } from "@/components/table/data-table";
import { formatNumber, formatSigned } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { fill } from "@/lib/i18n/template";
import { comparisonModel, type ComparisonModel, type CoverageCell } from "@/lib/view/comparison-page";
import type { Site } from "@/lib/view/site";

/** Rows per page of a long table (a national comparison has 514 regions). */
const PAGE_SIZE = 50;

/** /perbandingan: regions compared on one indicator and year (ranked dots, sortable table, coverage, scatter). */
export function ComparisonPage({ site, lang, kode, tahun }: { site: Site; lang: Lang; kode?: string; tahun?: string }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const m = comparisonModel(site, lang, kode, tahun);
  if (!m) notFound();
  const t = dict(lang);
  const c = t.comparison;
  return (
    <>
      <h1>{c.title}</h1>
      <p className="page-lead">{c.lead(m.region)}</p>
      <PickerNav label={c.pickIndicator} links={m.indicatorLinks.map((l) => ({ ...l, text: l.code }))} />
      <PickerNav label={c.pickYear} links={m.yearLinks.map((l) => ({ ...l, text: String(l.year) }))} />
      <Ranking m={m} lang={lang} />
      {m.regional ? (
        <RegionalSection m={m.regional} lang={lang} decimals={m.decimals} place={m.focus.name} yearLinks={false} />
      ) : null}
      {m.table ? (
        <section className="panel" aria-labelledby="tabel-peringkat">
          <h2 id="tabel-peringkat">{c.tableHeading}</h2>
          <RankingTable m={m} table={m.table} lang={lang} />
        </section>
      ) : null}
      <section className="panel" aria-labelledby="cakupan">
        <h2 id="cakupan">{c.coverageHeading}</h2>
        <p className="note">{c.coverageLead(m.code)}</p>
        {m.coverage.breakNote ? (
          <p className="chart-note" data-testid="coverage-break">
            {m.coverage.breakNote}
          </p>
        ) : null}
        <Coverage m={m} lang={lang} />
      </section>
      <Scatter m={m} lang={lang} />
    </>
  );
}

function Ranking({ m, lang }: { m: ComparisonModel; lang: Lang }) {
  const t = dict(lang);
  const c = t.comparison;
  if (!m.ranking) {
    // Without a regency series for this year the table would only repeat the empty state as dashes.
    return (
      <div className="empty-state" data-testid="empty-ranking">
        <p>
          <strong>{c.noRegional(m.code, m.year)}</strong>
        </p>
        {m.empty?.available.length ? (
          <p>
            {c.onlyAvailable}: {m.empty.available.map((a) => `${a.name} ${formatNumber(a.value, lang, m.decimals)}`).join("; ")}.
          </p>
        ) : null}
        {m.empty?.rankedYear ? (
          <p>
            <SiteLink href={m.empty.rankedYear.href}>{c.goToYear(m.empty.rankedYear.year)}</SiteLink>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <RankingFigure
      ranking={m.ranking}
      year={m.year}
      decimals={m.decimals}
      focusName={m.focus.name}
      lang={lang}
      headingLevel={2}
    />
  );
}

function RankingTable({ m, table, lang }: { m: ComparisonModel; table: NonNullable<ComparisonModel["table"]>; lang: Lang }) {
  const t = dict(lang);
  const x = t.client.table;
  return (
    <DataTable
      caption={t.comparison.tableCaption(m.code, m.year)}
      className="ranking-table"
      lang={lang}
      rows={table.rows}
      rowKey={(r) => r.code}
      rowClassName={(r) => (r.focus ? "focus-row" : undefined)}
      sort={{ param: "urut", defaultKey: "peringkat" }}
      pageSize={PAGE_SIZE}
      focus={{ key: m.focus.code, name: m.focus.name }}
      text={x}
      columns={[
        { key: "peringkat", label: x.rank, numeric: true, cell: (r) => r.rank ?? "–", sortValue: (r) => r.rank },
        {
          key: "nama",
          label: x.region,
          rowHeader: true,
          cell: (r) => (r.focus ? <strong>{r.name}</strong> : r.name),
          sortValue: (r) => r.name,
        },
        { key: "tingkat", label: x.level, cell: (r) => r.level },
        {
          key: "nilai",
          label: x.value,
          numeric: true,
          cell: (r) => <NumberCell value={r.value} lang={lang} decimals={m.decimals} missing={x.missing} />,
          sortValue: (r) => r.value,
        },
        {
          key: "perubahan",
          label: table.previousYear ? fill(x.changeSince, { year: table.previousYear }) : x.change,
          numeric: true,
          cell: (r) => (r.change === null ? <span className="missing">–</span> : formatSigned(r.change, lang, m.decimals)),
          sortValue: (r) => r.change,
        },
        { key: "sumber", label: x.source, cell: (r) => r.source },
      ]}
    />
  );
}

function Coverage({ m, lang }: { m: ComparisonModel; lang: Lang }) {
  const t = dict(lang);
  const cell = (v: CoverageCell) =>
    v === null ? (
      <span aria-label={t.client.table.missing}>—</span>
    ) : v === "other" ? (
      t.comparison.otherSeries
    ) : (
      formatNumber(v, lang, m.decimals)
    );
  return (
    <DataTable
      caption={t.comparison.coverageCaption(m.code)}
      className="coverage"
      lang={lang}
      rows={m.coverage.rows}
      rowKey={(r) => r.code}
      rowClassName={(r) => (r.focus ? "focus-row" : undefined)}
      pageSize={PAGE_SIZE}
      text={t.client.table}
      columns={[
        { key: "region", label: t.common.region, rowHeader: true, cell: (r) => r.name },
        ...m.coverage.years.map((year, i) => {
          const broken = m.coverage.breaks.includes(year) ? " series-break" : "";
          return {
            key: String(year),
            label: String(year),
            numeric: true,
            headerClass: broken.trim() || undefined,
            cell: (r: ComparisonModel["coverage"]["rows"][number]) => cell(r.cells[i]!),
            cellClass: (r: ComparisonModel["coverage"]["rows"][number]) =>
              (r.cells[i] === null ? "cov-missing" : r.cells[i] === "other" ? "cov-other" : "cov-yes") + broken,
          };
        }),
      ]}
    />
  );
}

function Scatter({ m, lang }: { m: ComparisonModel; lang: Lang }) {
  const t = dict(lang);
  const c = t.comparison;
  const s = m.scatter;
  if (s.kind === "none") {
    return (
      <section className="panel" aria-labelledby="sebaran-kosong">
        <h2 id="sebaran-kosong">{c.scatterHeading}</h2>
        <p className="empty-state">
          {c.scatterNone(m.code, m.year)} {s.goTo ? <SiteLink href={s.goTo.href}>{c.goToYear(s.goTo.year)}</SiteLink> : null}
        </p>
      </section>
    );
  }
  return (
    <ScatterChart
      id="grafik-sebaran"
      lang={lang}
      pairs={s.pairs}
      regions={s.regions}
      focus={m.focus.code}
      provinceName={s.provinceName}
      regionNames={s.regionNames}
      sourceInfo={s.sourceInfo}
      text={{
        figure: t.client.figure,
        scatter: t.client.scatter,
        downloads: { ...t.client.downloads, columns: t.client.csvColumns },
      }}
    />
  );
}
