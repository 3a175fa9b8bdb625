// After `next build` with STATIC_EXPORT=1: put a dependency-free server and short instructions into
// out/, so the folder can be copied to a laptop or USB stick and opened in a meeting room.
import { copyFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const out = path.resolve("out");
if (!existsSync(path.join(out, "index.html"))) {
  console.error("out/index.html is missing: the static export did not run.");
  process.exit(1);
}
copyFileSync(path.resolve("scripts/serve-static.mjs"), path.join(out, "serve.mjs"));
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
Membuka index.html langsung dari folder (file://) hanya menampilkan teks dan tabel tanpa gaya dan grafik:
Next.js memuat berkasnya dari alamat absolut (/_next/...), yang tidak ada di file://.

PUG Dashboard, offline copy

Serve this folder with any static file server, then open http://127.0.0.1:8080/:
  node serve.mjs            (Node.js 18 or newer; nothing to install)
  python3 -m http.server 8080
Every page, chart, CSV/PNG/SVG download, the PowerPoint file and the presentation work without internet.
Opening index.html straight from the folder (file://) shows the text and tables only, without styles or
charts: Next.js loads its files from absolute addresses (/_next/...) that do not exist on file://.
`,
);
console.log(`Static copy ready in ${out} (serve with: node out/serve.mjs)`);
