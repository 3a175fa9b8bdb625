// @ts-check
const { PHASE_PRODUCTION_BUILD } = require("next/constants");

/**
 * STATIC_EXPORT=1 (npm run export) writes a static site to out/ for a laptop or USB stick; it is
 * written to its own folder (out/) so it never replaces the server build (.next/) that npm start uses.
 * @type {(phase: string) => import("next").NextConfig}
 */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) {
    require("./scripts/check-data-before-build.js")();
  }
  const staticExport = process.env.STATIC_EXPORT === "1";
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    experimental: { globalNotFound: true },
    ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
    ...(staticExport ? { output: "export", trailingSlash: true, distDir: "out" } : {}),
  };
};
