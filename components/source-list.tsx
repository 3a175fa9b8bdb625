import type { SourceItem } from "@/lib/view/sources";

/** Sources cited on a page: kind, publisher, title, year, link. */
export function SourceList({ sources }: { sources: SourceItem[] }) {
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`sumber-${s.id}`}>
          <span className="source-kind">{s.kind}</span> {s.publisher},{" "}
          {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>}
          {s.year ? `, ${s.year}` : ""}.{s.note ? <span className="note"> {s.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
