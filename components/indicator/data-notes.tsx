import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { DataNotes } from "@/lib/view/data-notes";
import { StatusBadge } from "./status-badge";

/**
 * "Catatan data" for one index: each disagreement as a decision (the values, which is used and why,
 * the status under each, the next step), the method break, other notes, and how current the data is.
 * The same block on the indicator page and on Data & metode.
 */
export function DataNotesBlock({
  notes,
  lang,
  id,
  heading,
  headingLevel = 2,
}: {
  notes: DataNotes;
  lang: Lang;
  id: string;
  heading: string;
  headingLevel?: 2 | 3;
}) {
  const w = dict(lang).decisions;
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="panel data-notes" aria-labelledby={id} data-testid={`data-notes-${notes.code.toLowerCase()}`}>
      <H id={id}>{heading}</H>
      {notes.decisions.map((x) => (
        <article key={x.title} className="decision" data-testid="decision">
          <Sub>{x.title}</Sub>
          <p className="decision-label">{w.valuesHeading}</p>
          <ul>
            {x.values.map((v) => (
              <li key={v.text}>
                {v.text} <span className="note">({v.source})</span>
              </li>
            ))}
          </ul>
          <p className="decision-label">{w.usedHeading}</p>
          <p>{x.used}</p>
          <p className="decision-label">{w.outcomesHeading}</p>
          <ul className="decision-outcomes">
            {x.outcomes.map((o) => (
              <li key={o.label}>
                <span>{o.label}:</span> <StatusBadge status={o.status} lang={lang} /> <span className="note">{o.detail}</span>
              </li>
            ))}
          </ul>
          <p>{x.verdict}</p>
          <p className="decision-step">
            <strong>{w.stepHeading}:</strong> {x.step}
          </p>
        </article>
      ))}
      {notes.methodBreak ? (
        <p className="method-break-note" data-testid="method-break-note">
          {notes.methodBreak}
        </p>
      ) : null}
      {notes.notes.length ? (
        <ul className="flags">
          {notes.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <Sub>{w.freshnessHeading}</Sub>
      <ul className="freshness" data-testid="freshness">
        {[notes.freshness.held, ...notes.freshness.lines, notes.freshness.step].map((f) => (f ? <li key={f}>{f}</li> : null))}
      </ul>
    </section>
  );
}
