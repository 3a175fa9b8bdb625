import { LANGS, type Lang } from "@/lib/i18n/lang";
import { loadSite } from "@/lib/site";
import { buildDeck } from "@/lib/view/deck";
import { writePptx } from "@/lib/export/pptx";
import { deckPresentation } from "@/lib/view/deck-file";

// Built once with the site (a plain file in the static export).
export const dynamic = "force-static";

const FILE = /^dasbor-pug-(id|en)\.pptx$/;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ file: `dasbor-pug-${lang}.pptx` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = FILE.exec((await params).file);
  const site = await loadSite();
  if (!match || !site.ok) return new Response("Not found", { status: 404 });
  const deck = buildDeck(site, match[1] as Lang);
  const body = await writePptx(deckPresentation(deck));
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "content-disposition": `attachment; filename="${match[0]}"`,
    },
  });
}
