// Where Chromium is and how it is started, for the e2e tests, the benchmarks and Lighthouse alike.
// Plain JavaScript so that bench/lighthouse.mjs can import it without a TypeScript loader.
import { existsSync } from "node:fs";

/** Flags for a headless Chromium in a container: no sandbox as root, and no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** CHROMIUM_PATH (or CHROME_PATH), else the first system Chromium or Chrome found; undefined if none. */
export function systemChromium() {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
}
