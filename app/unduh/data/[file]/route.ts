import { dataDir, readDataFiles } from "@/lib/data/load";
import { XLSX_TYPE, workbookBlob } from "@/lib/export/xlsx";
import { loadSite } from "@/lib/site";
import { tableDownloads, tableFile } from "@/lib/export/table-downloads";

// Written once at build time (and as plain files in the static export): the data cannot change under a running server.
export const dynamic = "force-static";

export async function generateStaticParams() {
  const site = await loadSite();
  return site.ok ? tableDownloads(site.dataset).map((file) => ({ file })) : [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  // Only a dataset that validated as a whole is offered for download.
  const site = await loadSite();
  const name = (await params).file;
  const file = site.ok ? tableFile(name, await readDataFiles(dataDir()), site.dataset) : null;
  if (!file) return new Response("Not found", { status: 404 });
  if (file.kind === "text") {
    return new Response(file.body, { headers: { "content-type": file.type, "content-disposition": "inline" } });
  }
  const body = await (await workbookBlob(file.sheets)).arrayBuffer();
  return new Response(body, { headers: { "content-type": XLSX_TYPE, "content-disposition": `attachment; filename="${name}"` } });
}
