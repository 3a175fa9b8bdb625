// After `next build` with STATIC_EXPORT=1: put a dependency-free server and short instructions into
// out/, so the folder can be copied to a laptop or USB stick and opened in a meeting room.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const out = path.resolve("out");
if (!existsSync(path.join(out, "index.html"))) {
  console.error("out/index.html is missing: the static export did not run.");
  process.exit(1);
}
copyFileSync(path.resolve("scripts/serve-static.mjs"), path.join(out, "serve.mjs"));
addRelativeStylesheets(out);
// Next builds an export inside .next before copying it to out/, which leaves .next holding an
// export-mode build that `next start` must not serve. Remove it, so npm start builds afresh.
rmSync(path.resolve(".next"), { recursive: true, force: true });
writeFileSync(
  path.join(out, "BACA-SAYA.txt"),
  `Dasbor PUG, salinan luring (offline)

Buka dengan server berkas statis, lalu buka http://127.0.0.1:8080/ di peramban:
  node serve.mjs            (Node.js 18 atau lebih baru; tanpa instalasi tambahan)
  python3 -m http.server 8080
Semua halaman, grafik, unduhan CSV/PNG/SVG, PowerPoint dan presentasi bekerja tanpa internet.
Membuka index.html langsung dari folder (file://) juga menampilkan teks, tabel dan semua grafik dengan
tampilannya, tetapi tanpa tombol (unduh, pilihan wilayah, tooltip) dan tautan antarhalaman tidak berfungsi.

PUG Dashboard, offline copy

Serve this folder with any static file server, then open http://127.0.0.1:8080/:
  node serve.mjs            (Node.js 18 or newer; nothing to install)
  python3 -m http.server 8080
Every page, chart, CSV/PNG/SVG download, the PowerPoint file and the presentation work without internet.
Opening index.html straight from the folder (file://) also shows the text, tables and every chart, styled,
but without the buttons (downloads, region picker, tooltips), and links between pages do not work.
`,
);
console.log(`Static copy ready in ${out} (serve with: node out/serve.mjs)`);

/**
 * A page opened straight from the folder (file://) resolves Next's absolute /_next/ addresses against
 * the disk's root and finds nothing. Every page gets a second link to its stylesheet, relative to its
 * own folder, just before Next's: on file:// it is the one that loads, so the server-drawn charts and
 * tables appear styled; on a server both name the same file, which the browser fetches once.
 */
function addRelativeStylesheets(dir, depth = 0) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "_next") addRelativeStylesheets(file, depth + 1);
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const up = depth === 0 ? "./" : "../".repeat(depth);
    const html = readFileSync(file, "utf8").replace(
      /<link rel="stylesheet" href="\/(_next\/static\/[^"]+\.css)"/g,
      (link, href) => `<link rel="stylesheet" href="${up}${href}"/>${link}`,
    );
    writeFileSync(file, html);
  }
}
