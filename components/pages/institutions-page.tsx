import { DataErrorPanel } from "@/components/data-error-panel";
import { SourceList } from "@/components/source-list";
import { DataTable } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { institutionsModel } from "@/lib/view/institutions-page";
import type { Site } from "@/lib/view/site";

/** /kelembagaan: regulations, the working group, the halt, the award record and the follow-up plan. */
export function InstitutionsPage({ site, lang }: { site: Site; lang: Lang }) {
  if (!site.ok) return <DataErrorPanel issues={site.issues} lang={lang} />;
  const m = institutionsModel(site, lang);
  const t = dict(lang);
  const k = t.institutions;
  return (
    <>
      <h1>{k.title}</h1>
      <p className="page-lead">{k.lead(m.region)}</p>

      <section className="panel" aria-labelledby="linimasa">
        <h2 id="linimasa">{k.timelineHeading}</h2>
        <ol className="timeline">
          {m.timeline.map((e) => (
            <li key={e.key} className={`timeline-item timeline-${e.status ?? "award"}`}>
              <span className="timeline-year">
                {e.start}
                {e.end ? `–${e.end}` : ""}
              </span>
              <div>
                <p className="timeline-title">
                  <strong>{e.title}</strong>{" "}
                  {e.status ? <span className={`pill pill-${e.status}`}>{k.status[e.status]}</span> : null}
                </p>
                {e.detail ? <p className="note">{e.detail}</p> : null}
                <p className="note">
                  {e.kind} · {t.client.figure.source}: {e.source}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className="panel" aria-labelledby="ape">
        <h2 id="ape">{k.apeHeading}</h2>
        <p className="note">{k.apeLead}</p>
        <DataTable
          caption={k.apeCaption}
          className="ape-table"
          lang={lang}
          rows={m.apeRows}
          rowKey={(r) => r.code}
          rowClassName={(r) => (r.focus ? "focus-row" : undefined)}
          columns={[
            {
              key: "region",
              label: t.common.region,
              rowHeader: true,
              cell: (r) => (r.focus ? <strong>{r.name}</strong> : r.name),
            },
            ...m.apeYears.map((year, i) => ({
              key: String(year),
              label: String(year),
              cell: (r: (typeof m.apeRows)[number]) => {
                const p = r.results[i];
                return p ? t.ape[p] : <span className="missing">{k.notRecorded}</span>;
              },
              cellClass: (r: (typeof m.apeRows)[number]) => (r.results[i] ? `ape-${r.results[i]}` : "cov-missing"),
            })),
          ]}
        />
      </section>

      <section className="panel" aria-labelledby="tindak-lanjut">
        <h2 id="tindak-lanjut">{k.actionsHeading}</h2>
        <p className="note">{k.actionsLead}</p>
        <DataTable
          caption={k.actionsCaption}
          lang={lang}
          rows={m.actions}
          rowKey={(a) => a.id}
          columns={[
            { key: "action", label: k.action, rowHeader: true, cell: (a) => a.action },
            { key: "lead", label: k.lead_, cell: (a) => a.lead },
            { key: "partners", label: k.partners, cell: (a) => a.partners.join("; ") || "–" },
            { key: "when", label: k.when, cell: (a) => a.timeframe },
            {
              key: "status",
              label: k.statusLabel,
              cell: (a) => <span className={`pill pill-${a.status}`}>{k.actionStatus[a.status]}</span>,
            },
          ]}
        />
      </section>

      <section className="panel" aria-labelledby="sumber-kelembagaan">
        <h2 id="sumber-kelembagaan">{t.indicatorPage.sourcesHeading}</h2>
        <SourceList sources={m.sources} lang={lang} />
      </section>
    </>
  );
}
