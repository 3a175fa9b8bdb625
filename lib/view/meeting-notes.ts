/**
 * "Catatan data untuk rapat": the data notes of every headline index on one page, for a meeting: what
 * must be confirmed (each decision in brief, with its step), what BPS changed in its methods, and what
 * is released but not loaded. The Data & methods page shows the same notes in full; the download is
 * this page as a one-page PDF (lib/export/pdf).
 */
import type { NotesDocument } from "@/lib/export/pdf";
import { formatDate } from "@/lib/format/date";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { freshness } from "@/lib/metrics/freshness";
import { standings } from "@/lib/metrics/standing";
import { dataNotes, type DataNotes } from "./data-notes";
import type { SiteData } from "./site";

/** The notes are a one-page document: the PDF writer's shape, with the download's file name. */
export type MeetingNotes = NotesDocument & {
  /** The download's file name: "catatan-data-rapat-kotabaru.pdf". */
  file: string;
};

export function allDataNotes(s: SiteData, lang: Lang): DataNotes[] {
  const fresh = freshness(s.dataset, s.focus.code, s.asOf);
  return standings(s.dataset, s.focus.code, s.planYear).map((st, i) => dataNotes(s.dataset, st, fresh[i]!, lang));
}

export function meetingNotes(s: SiteData, lang: Lang): MeetingNotes {
  const t = dict(lang).meetingNotes;
  const notes = allDataNotes(s, lang);
  const decisions = notes.flatMap((n) => n.decisions);
  const breaks = notes.flatMap((n) => (n.methodBreak ? [n.methodBreak] : []));
  // Only what needs doing: a year released but not loaded, or a release calendar that is unknown.
  const fresh = notes.flatMap((n) =>
    n.freshness.needsAction ? [[...n.freshness.lines, ...(n.freshness.step ? [n.freshness.step] : [])].join(" ")] : [],
  );
  return {
    title: t.title(s.focus.name),
    subtitle: t.subtitle(formatDate(s.asOf, lang)),
    sections: [
      {
        heading: t.confirm,
        items: decisions.map((x) => ({
          lead: x.title,
          lines: [
            x.values.map((v) => `${v.text} (${v.source})`).join("; "),
            x.used,
            ...x.outcomes.map((o) => `${o.label}: ${o.statusWord} (${o.detail}).`),
            x.verdict,
            `${dict(lang).decisions.stepHeading}: ${x.step}`,
          ],
        })),
      },
      { heading: t.methods, items: breaks.map((b) => ({ lead: "", lines: [b] })) },
      { heading: t.freshness, items: fresh.map((f) => ({ lead: "", lines: [f] })) },
    ].filter((section) => section.items.length > 0),
    footer: t.footer,
    file: t.file(s.focus.shortName.toLowerCase().replace(/[^a-z0-9]+/g, "-")),
  };
}
