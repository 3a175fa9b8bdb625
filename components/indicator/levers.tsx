import { DataTable } from "@/components/table/data-table";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { ComponentsModel, LeverRow } from "@/lib/view/components";

/**
 * "Komponen sebagai pengungkit": each component of an index with the focus region's latest value, the
 * province's value in the same year and series, the difference, the office that moves it and the
 * source. Where nothing is published for the focus region the row says so, and the section shows how
 * to add the value; never a number in its place.
 */
export function Levers({ model, lang }: { model: ComponentsModel; lang: Lang }) {
  const t = dict(lang).levers;
  const province = model.provinceName ?? "—";
  return (
    <section className="panel" aria-labelledby="komponen" data-testid="levers">
      <h2 id="komponen">{model.heading}</h2>
      <p>{model.lead}</p>
      {model.summary ? <p data-testid="levers-summary">{model.summary}</p> : null}
      <DataTable
        caption={model.caption}
        lang={lang}
        rows={model.rows}
        rowKey={(r) => r.key}
        columns={[
          {
            key: "component",
            label: t.component,
            rowHeader: true,
            cell: (r) => (
              <>
                {r.name}
                <small className="cell-note">{r.unit}</small>
              </>
            ),
          },
          {
            key: "focus",
            label: model.focusName,
            numeric: true,
            cell: (r) => (r.focus ? r.focus.text : <span className="missing">{t.noFocusValue(model.focusName)}</span>),
          },
          {
            key: "year",
            label: t.yearSeries,
            cell: (r) =>
              r.focus ? (
                <>
                  {r.focus.year}
                  <small className="cell-note">{r.focus.series}</small>
                </>
              ) : null,
          },
          {
            key: "province",
            label: t.provinceValue(province),
            numeric: true,
            cell: (r) => provinceCell(r),
          },
          {
            key: "difference",
            label: t.difference,
            numeric: true,
            cell: (r) =>
              r.gap ? (
                <>
                  {r.gap.text}
                  <small className="cell-note" data-verdict={r.gap.verdict}>
                    {r.gap.word}
                  </small>
                </>
              ) : null,
          },
          {
            key: "office",
            label: t.office,
            cell: (r) => r.office ?? <span className="missing">{t.officeNotMapped}</span>,
          },
          { key: "source", label: t.source, cell: (r) => r.sources.join(", ") },
        ]}
      />
      {model.howToAdd ? (
        // For the data steward: folded, so the planner's table stays in front (and out of print).
        <details className="how-to-add" data-testid="levers-how-to-add">
          <summary>{t.howToAddHeading}</summary>
          <p>{t.howToAddLead}</p>
          <ul>
            {model.howToAdd.commands.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <p>{t.templateLead}</p>
          <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            <code>{model.howToAdd.template}</code>
          </pre>
        </details>
      ) : null}
      <h3>{t.definitionsHeading}</h3>
      <ul className="definition-list">
        {model.definitions.map((c) => (
          <li key={c.code}>
            <strong>{c.name}</strong>: {c.definition}
          </li>
        ))}
      </ul>
    </section>
  );

  function provinceCell(r: LeverRow) {
    if (r.province) return r.province.text;
    return r.provinceMissing ? <span className="missing">{r.provinceMissing}</span> : null;
  }
}
