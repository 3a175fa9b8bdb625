/** The sources cited on a page, as a list a reader can follow: kind, publisher, title, year, link, note. */
import type { Dataset } from "@/lib/data/validate";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { sourceOf } from "@/lib/metrics/observations";

export interface SourceItem {
  id: string;
  kind: string;
  publisher: string;
  title: string;
  year: number | null;
  url: string | null;
  note: string | null;
}

export function sourceItems(d: Dataset, ids: string[], lang: Lang): SourceItem[] {
  const kinds = dict(lang).sourceKind;
  return [...new Set(ids)]
    .map((id) => sourceOf(d, id))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.publisher[lang].localeCompare(b.publisher[lang]))
    .map((s) => ({
      id: s.id,
      kind: kinds[s.kind],
      publisher: s.publisher[lang],
      title: s.title,
      year: s.year,
      url: s.url,
      note: s.note,
    }));
}
