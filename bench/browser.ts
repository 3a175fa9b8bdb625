/** Chromium for scripts: Playwright's own if installed, else the system one (CHROMIUM_PATH, /usr/bin/chromium). */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function chromiumPath(): string | undefined {
  const env = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (env) return env;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* not installed */
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
