/** Chromium for scripts: Playwright's own if installed, else the system one (CHROMIUM_PATH, /usr/bin/chromium). */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "../scripts/chromium.mjs";

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH) return systemChromium();
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* not installed */
  }
  return systemChromium();
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
