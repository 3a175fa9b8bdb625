import { dataDir, readDataFiles } from "@/lib/data/load";
import { loadSite } from "@/lib/site";
import { TABLE_DOWNLOADS, tableFile } from "@/lib/view/table-downloads";

// Written once at build time (and as plain files in the static export): the data cannot change under a running server.
export const dynamic = "force-static";

export function generateStaticParams() {
  return TABLE_DOWNLOADS.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  // Only a dataset that validated as a whole is offered for download.
  const site = await loadSite();
  const file = site.ok ? tableFile((await params).file, await readDataFiles(dataDir())) : null;
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.body, { headers: { "content-type": file.type, "content-disposition": "inline" } });
}
