// @ts-check
const { PHASE_PRODUCTION_BUILD } = require("next/constants");

/** @type {(phase: string) => import("next").NextConfig} */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) {
    require("./scripts/check-data-before-build.js")();
  }
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    experimental: { globalNotFound: true },
  };
};
