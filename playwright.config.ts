import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./scripts/chromium.mjs";

/**
 * e2e tests run against the production build, served as `npm start` serves it (scripts/serve.mjs),
 * on 127.0.0.1. The browser is Playwright's own when installed (`npx playwright install chromium`),
 * else Debian's Chromium (/usr/bin/chromium) or the one named by CHROMIUM_PATH.
 */
function browserPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  } catch {
    /* not installed */
  }
  const system = systemChromium();
  if (system) return system;
  throw new Error(
    "No Chromium found for the e2e tests. Install one: `npx playwright install chromium`, or on Debian/Ubuntu `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const STATIC_PORT = PORT + 100;
const STATIC_URL = `http://127.0.0.1:${STATIC_PORT}`;
// The static-export tests need out/ (npm run export, which npm test runs); without it they are left out.
const withExport = existsSync("out/index.html");
const python = spawnSync("python3", ["--version"]).status === 0;
const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: browserPath(),
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: { trace: "retain-on-failure" },
  projects: [
    { name: "chromium", testIgnore: /export\.spec\.ts/, use: { ...browser, baseURL: BASE_URL } },
    ...(withExport ? [{ name: "static-export", testMatch: /export\.spec\.ts/, use: { ...browser, baseURL: STATIC_URL } }] : []),
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs`,
      env: { HOST: "127.0.0.1", PORT: String(PORT) },
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    ...(withExport
      ? [
          {
            // A plain static file server, nothing of Next.js: Python's when present, else a 60-line Node one.
            command: python
              ? `python3 -m http.server ${STATIC_PORT} --bind 127.0.0.1 --directory out`
              : `node scripts/serve-static.mjs out ${STATIC_PORT}`,
            url: STATIC_URL,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
            stdout: "ignore" as const,
            stderr: "ignore" as const,
          },
        ]
      : []),
  ],
});
