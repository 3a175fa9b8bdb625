import { LANGS } from "@/lib/i18n/lang";
import { loadSite } from "@/lib/site";
import { meetingNotes } from "@/lib/view/meeting-notes";
import { writeNotesPdf } from "@/lib/export/pdf";

// Built once with the site (a plain file in the static export).
export const dynamic = "force-static";

export async function generateStaticParams() {
  const site = await loadSite();
  return site.ok ? LANGS.map((lang) => ({ file: meetingNotes(site, lang).file })) : [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file;
  const site = await loadSite();
  const lang = site.ok ? LANGS.find((l) => meetingNotes(site, l).file === file) : undefined;
  if (!site.ok || !lang) return new Response("Not found", { status: 404 });
  const body = await writeNotesPdf(meetingNotes(site, lang), lang);
  return new Response(new Uint8Array(body), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${file}"` },
  });
}
