import { SiteLink } from "@/components/site/site-link";
import { PrintButton } from "@/components/site/print-button";
import { DataTable, type Column } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { PositionView } from "@/lib/view/position";
import type { ScorecardModel } from "@/lib/view/scorecard";
import { StatusBadge } from "./status-badge";

type Row = ScorecardModel["rows"][number];

/**
 * "Posisi menuju 2029": the sentence for the whole, then one row per index. A table on a screen, label:
 * value lines on a phone, one A4 page in print.
 */
export function Scorecard({ m, lang }: { m: ScorecardModel; lang: Lang }) {
  const t = dict(lang).scorecard;
  return (
    <section className="panel scorecard" aria-labelledby="posisi" data-testid="scorecard">
      <div className="scorecard-head">
        <h2 id="posisi">{m.title}</h2>
        <PrintButton label={t.print} />
      </div>
      <p className="scorecard-sentence" data-testid="scorecard-sentence">
        {m.sentence}
      </p>
      <DataTable
        caption={t.caption(m.region, m.planYear)}
        columns={columns(m, lang)}
        rows={m.rows}
        rowKey={(r) => r.code}
        lang={lang}
        className="scorecard-table"
      />
      <p className="note">{m.note}</p>
    </section>
  );
}

function columns(m: ScorecardModel, lang: Lang): Column<Row>[] {
  const t = dict(lang).scorecard;
  const small = (text: string | null) => (text ? <small className="cell-note">{text}</small> : null);
  return [
    {
      key: "index",
      label: t.index,
      rowHeader: true,
      cell: (r) => (
        <>
          <SiteLink href={r.href}>{r.code}</SiteLink>
          {small(r.name)}
        </>
      ),
    },
    {
      key: "official",
      label: t.official,
      numeric: true,
      cell: (r) =>
        r.official ? (
          <>
            {r.official.value} <span className="cell-year">({r.official.year})</span>
            {small(r.official.series)}
          </>
        ) : (
          "–"
        ),
    },
    {
      key: "target",
      label: t.target(m.planYear),
      numeric: true,
      cell: (r) => (r.target ? targetCell(r) : <span className="missing">{t.targetNotSet}</span>),
    },
    {
      key: "projection",
      label: t.projection(m.planYear),
      numeric: true,
      cell: (r) =>
        r.projection ? (
          <>
            {r.projection.value}
            {small(r.projection.basis)}
          </>
        ) : (
          "–"
        ),
    },
    { key: "gap", label: t.gap, cell: (r) => r.gap ?? "–" },
    {
      key: "status",
      label: t.status,
      cell: (r) => (
        <>
          <StatusBadge status={r.status} lang={lang} />
          {small(r.trendWord)}
        </>
      ),
    },
    { key: "rank", label: t.rank, cell: (r) => rankCell(r, lang) },
  ];
}

function targetCell(r: PositionView) {
  return (
    <>
      <strong>{r.target}</strong>
      {r.targetBasis ? <small className="cell-note">{r.targetBasis}</small> : null}
    </>
  );
}

function rankCell(r: PositionView, lang: Lang) {
  const t = dict(lang).scorecard;
  if (!r.rank) return "–";
  const mark = r.rank.lowest ? t.lowestWord : r.rank.highest ? t.highestWord : null;
  return (
    <span className={r.rank.lowest ? "rank-low" : undefined}>
      {r.rank.text} <span className="cell-year">({r.rank.year})</span>
      {mark ? <strong className="rank-mark"> · {mark}</strong> : null}
    </span>
  );
}
