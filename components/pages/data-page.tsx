import { Fragment } from "react";
import { DataErrorPanel } from "@/components/data-error-panel";
import { DataNotesBlock } from "@/components/indicator/data-notes";
import { StatusIcon } from "@/components/indicator/status-icon";
import { SourceList } from "@/components/source-list";
import { DataTable } from "@/components/table/data-table";
import { formatNumber, formatPercent, formatSigned, paceDecimals } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { methodsModel, type MethodsModel, type WorkedExample } from "@/lib/view/methods-page";
import type { Site } from "@/lib/view/site";

/** /data: definitions, the progress method with worked examples from the engine, sources, coverage, data-quality notes. */
export function DataPage({ site, lang }: { site: Site; lang: Lang }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const m = methodsModel(site, lang);
  const t = dict(lang).methods;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="page-lead">{t.lead}</p>
      <MeetingNotes m={m} lang={lang} />
      <Definitions m={m} lang={lang} />
      <Method m={m} />
      <Examples m={m} lang={lang} />
      <Quality m={m} lang={lang} />
      <SeriesTable m={m} lang={lang} />
      <Coverage m={m} lang={lang} />
      <Downloads m={m} lang={lang} />
      <section className="panel" aria-labelledby="sumber-semua">
        <h2 id="sumber-semua">{t.sourcesHeading(m.sources.length)}</h2>
        <SourceList sources={m.sources} lang={lang} />
      </section>
    </>
  );
}

/** The data notes of every index, the same as on the indicator pages, and their one-page download for a meeting. */
function MeetingNotes({ m, lang }: { m: MethodsModel; lang: Lang }) {
  const t = dict(lang);
  return (
    <section aria-labelledby="catatan-rapat">
      <h2 id="catatan-rapat">{t.meetingNotes.heading}</h2>
      <p>
        {t.meetingNotes.lead}{" "}
        <a href={m.meetingNotesHref} download>
          {t.meetingNotes.download}
        </a>
      </p>
      {m.notes.map((n) => (
        <DataNotesBlock
          key={n.code}
          notes={n}
          lang={lang}
          id={`catatan-${n.code.toLowerCase()}`}
          heading={n.code}
          headingLevel={3}
        />
      ))}
    </section>
  );
}

function Definitions({ m, lang }: { m: MethodsModel; lang: Lang }) {
  const t = dict(lang);
  const num = (v: number) => formatNumber(v, lang, 0);
  return (
    <section className="panel" aria-labelledby="definisi">
      <h2 id="definisi">{t.methods.definitionsHeading}</h2>
      <DataTable
        caption={t.methods.definitionsCaption}
        lang={lang}
        rows={m.definitions}
        rowKey={(r) => r.code}
        columns={[
          {
            key: "indicator",
            label: t.common.indicator,
            rowHeader: true,
            cell: (r) => (
              <>
                {r.code}
                <br />
                <span className="note">{r.name}</span>
              </>
            ),
          },
          { key: "definition", label: t.methods.definition, cell: (r) => r.definition },
          { key: "range", label: t.methods.range, numeric: true, cell: (r) => `${num(r.min)}–${num(r.max)} (${r.unit})` },
          { key: "better", label: t.methods.better, cell: (r) => t.methods.direction[r.direction] },
        ]}
      />
    </section>
  );
}

function Method({ m: { method: m } }: { m: MethodsModel }) {
  return (
    <section className="panel" aria-labelledby="metode">
      <h2 id="metode">{m.heading}</h2>
      <p>{m.lead}</p>
      <dl className="formulas">
        {m.formulas.map((f) => (
          <Fragment key={f.formula}>
            <dt>{f.term}</dt>
            <dd>
              <code>{f.formula}</code>
              {f.note ? ` — ${f.note}` : null}
            </dd>
          </Fragment>
        ))}
      </dl>
      <h3>{m.statusHeading}</h3>
      <ul className="status-rules">
        {m.rules.map((r) => (
          <li key={r.status}>
            <span className={`status status-${r.status}`}>
              <StatusIcon status={r.status} />
              {r.word}
            </span>
            : {r.rule}
          </li>
        ))}
      </ul>
      <p>{m.noTargetRule}</p>
      <p>{m.seriesRule}</p>
      <p className="note">{m.references}</p>
    </section>
  );
}

function Examples({ m, lang }: { m: MethodsModel; lang: Lang }) {
  const t = dict(lang);
  const dash = "–";
  const value = (e: WorkedExample, v: number, year?: number) => `${formatNumber(v, lang, e.decimals)}${year ? ` (${year})` : ""}`;
  const pace = (e: WorkedExample, v: number | null) => (v === null ? dash : formatSigned(v, lang, paceDecimals(e.decimals)));
  return (
    <section className="panel" aria-labelledby="contoh">
      <h2 id="contoh">{t.methods.examplesHeading(m.region)}</h2>
      <DataTable
        caption={t.methods.examplesCaption}
        lang={lang}
        rows={m.examples}
        rowKey={(e) => e.code}
        columns={[
          { key: "indicator", label: t.common.indicator, rowHeader: true, cell: (e) => e.code },
          { key: "series", label: t.client.figure.series, cell: (e) => e.series ?? dash },
          {
            key: "xb",
            label: "x_b",
            numeric: true,
            cell: (e) => (e.goal ? value(e, e.goal.baselineValue, e.goal.baselineYear) : dash),
          },
          {
            key: "xt",
            label: "x_t",
            numeric: true,
            cell: (e) => (e.progress.latest ? value(e, e.progress.latest.value, e.progress.latest.year) : dash),
          },
          {
            key: "xT",
            label: "x_T",
            numeric: true,
            cell: (e) => (e.goal ? value(e, e.goal.targetValue, e.goal.targetYear) : dash),
          },
          {
            key: "S",
            label: "S",
            numeric: true,
            cell: (e) => (e.progress.share !== null ? formatPercent(e.progress.share, lang) : dash),
          },
          { key: "va", label: "v_a", numeric: true, cell: (e) => pace(e, e.progress.pace?.perYear ?? null) },
          { key: "vr", label: "v_r", numeric: true, cell: (e) => pace(e, e.progress.required) },
          {
            key: "r",
            label: "r",
            numeric: true,
            cell: (e) => (e.progress.ratio !== null ? formatNumber(e.progress.ratio, lang, 3) : dash),
          },
          {
            key: "xhat",
            label: `x̂_${m.planYear}`,
            numeric: true,
            cell: (e) => (e.progress.projected ? value(e, e.progress.projected.value) : dash),
          },
          {
            key: "status",
            label: t.methods.statusColumn,
            cell: (e) =>
              `${t.status[e.progress.status]}${e.trendWithoutTarget ? ` (${t.trend[e.trendWithoutTarget].toLowerCase()})` : ""}`,
          },
        ]}
      />
    </section>
  );
}

function Quality({ m, lang }: { m: MethodsModel; lang: Lang }) {
  const t = dict(lang).methods;
  return (
    <section className="panel" aria-labelledby="kualitas">
      <h2 id="kualitas">{t.qualityHeading}</h2>
      <h3>{t.conflictsHeading(m.region)}</h3>
      {m.conflicts.length ? (
        <ul>
          {m.conflicts.map((c) => (
            <li key={c.key}>
              <strong>{c.title}</strong>:{" "}
              {c.numbers.map((v, i) => `${formatNumber(v, lang, c.decimals)} (${c.values[i]})`).join(" · ")}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noConflicts}</p>
      )}
      <p className="note">{t.precedence}</p>
    </section>
  );
}

function SeriesTable({ m, lang }: { m: MethodsModel; lang: Lang }) {
  const t = dict(lang);
  return (
    <section className="panel" aria-labelledby="seri">
      <h2 id="seri">{t.methods.seriesHeading}</h2>
      <DataTable
        caption={t.methods.seriesCaption}
        lang={lang}
        rows={m.series}
        rowKey={(s) => s.key}
        columns={[
          { key: "indicator", label: t.common.indicator, rowHeader: true, cell: (s) => s.indicator },
          {
            key: "series",
            label: t.client.figure.series,
            cell: (s) => (
              <>
                {s.label}
                {s.headline ? <span className="note"> ({t.methods.headline})</span> : null}
                <br />
                <code>{s.code}</code>
              </>
            ),
          },
          { key: "description", label: t.methods.definition, cell: (s) => s.description },
        ]}
      />
    </section>
  );
}

function Coverage({ m, lang }: { m: MethodsModel; lang: Lang }) {
  const t = dict(lang);
  return (
    <section className="panel" aria-labelledby="cakupan-data">
      <h2 id="cakupan-data">{t.methods.coverageHeading}</h2>
      <DataTable
        caption={t.methods.coverageCaption}
        lang={lang}
        rows={m.coverage}
        rowKey={(c) => c.code}
        columns={[
          { key: "indicator", label: t.common.indicator, rowHeader: true, cell: (c) => c.code },
          { key: "values", label: t.methods.values, numeric: true, cell: (c) => c.values },
          { key: "regions", label: t.methods.regions, numeric: true, cell: (c) => c.regions },
          {
            key: "years",
            label: t.methods.years,
            numeric: true,
            cell: (c) => (c.from !== null ? `${c.from}–${c.to}` : <span className="missing">{t.common.missing}</span>),
          },
        ]}
      />
      {m.gaps.length ? (
        <>
          <h3>{t.methods.gapsHeading}</h3>
          <ul>
            {m.gaps.map((g) => (
              <li key={g.code}>{t.methods.gap(g.code, g.year, g.have, g.of, g.regions.join(", "))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Downloads({ m, lang }: { m: MethodsModel; lang: Lang }) {
  const t = dict(lang).methods;
  return (
    <section className="panel" aria-labelledby="unduh-data">
      <h2 id="unduh-data">{t.downloadHeading}</h2>
      <p>
        <a className="button-link" href={m.workbookHref} download>
          {t.downloadWorkbook}
        </a>{" "}
        <span className="note">{t.downloadWorkbookNote}</span>
      </p>
      <p>{t.downloadLead}</p>
      <DataTable
        caption={t.downloadCaption}
        lang={lang}
        rows={m.downloads}
        rowKey={(r) => r.name}
        columns={[
          {
            key: "table",
            label: t.table,
            rowHeader: true,
            cell: (r) => (
              <>
                <code>{r.file}</code> <span className="note">{t.tableDescription[r.name]}</span>
              </>
            ),
          },
          { key: "rows", label: t.rows, numeric: true, cell: (r) => r.rows },
          {
            key: "files",
            label: t.files,
            cell: (r) => (
              <>
                <a href={`/unduh/data/${r.name}.csv`} download>
                  CSV
                </a>{" "}
                ·{" "}
                <a href={`/unduh/data/${r.name}-excel-id.csv`} download>
                  {t.excelIdCsv}
                </a>{" "}
                ·{" "}
                <a href={`/unduh/data/${r.name}.json`} download>
                  JSON
                </a>
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
