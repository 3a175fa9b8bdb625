#!/usr/bin/env node
// A plain static file server with no dependencies, for the offline copy of the dashboard
// (npm run export → out/). Usage: node serve.mjs [folder] [port]   — listens on 127.0.0.1 only.
// Any other static server works too (python3 -m http.server, nginx, npx serve).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(process.argv[2] ?? path.dirname(fileURLToPath(import.meta.url)));
const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
if (!existsSync(path.join(root, "index.html"))) {
  console.error(`No index.html in ${root}. Build the offline copy first: npm run export`);
  process.exit(1);
}
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".pdf": "application/pdf",
};

function resolveFile(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = path.join(full, "index.html");
  if (existsSync(index)) return index;
  return null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  // Directory pages live at /path/ (trailingSlash export): send /path there, as most static servers do.
  if (!url.pathname.endsWith("/") && !path.extname(url.pathname) && existsSync(path.join(root, url.pathname, "index.html"))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = resolveFile(url.pathname);
  if (!file) {
    const notFound = path.join(root, "404.html");
    res.writeHead(404, { "content-type": TYPES[".html"] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end("Not found");
    return;
  }
  res.writeHead(200, {
    "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
}).listen(port, "127.0.0.1", () => {
  console.log(`Dasbor PUG (offline): http://127.0.0.1:${port}/   — Ctrl+C untuk berhenti / to stop`);
});
