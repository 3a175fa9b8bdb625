import { TABLE_DOWNLOADS, tableFile } from "@/lib/data/table-files";

// Written once at build time (and as plain files in the static export): the data cannot change under a running server.
export const dynamic = "force-static";

export function generateStaticParams() {
  return TABLE_DOWNLOADS.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = await tableFile((await params).file);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.body, { headers: { "content-type": file.type, "content-disposition": "inline" } });
}
