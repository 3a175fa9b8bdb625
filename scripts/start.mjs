// npm start: build when the build is missing or older than the data or the code, then serve the
// dashboard on http://localhost:3000 (PORT to change it; scripts/serve.mjs). One command for a planner's laptop.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const buildId = path.join(root, ".next", "BUILD_ID");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const sources = ["app", "components", "lib", "data"].map((d) => path.join(root, d)).filter(existsSync);
const stale =
  !existsSync(buildId) ||
  Math.max(...sources.map(newestMtime), statSync(path.join(root, "package.json")).mtimeMs) > statSync(buildId).mtimeMs;
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (stale) {
  console.log("Membangun dasbor (sekali setelah data atau kode berubah) / building the dashboard …");
  const build = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import("./serve.mjs");
