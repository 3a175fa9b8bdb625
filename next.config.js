// @ts-check
const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = require("next/constants");

/**
 * Security headers on every response of the production server. The site is read-only public data:
 * nothing may frame it, load from other hosts, or evaluate code from strings.
 * 'unsafe-inline' for scripts is the framework's limit: Next inlines the page data of every
 * pre-rendered page as small <script> tags, and pre-rendered (static) pages cannot carry a
 * per-request nonce. No 'unsafe-eval' anywhere. worker-src blob: lets the chart's Excel download zip
 * its file off the main thread (fflate starts its worker from a blob: URL made by the page's own script). (A static export is served by whatever server
 * hosts it; these headers travel with `next start` only.)
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CSP },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * STATIC_EXPORT=1 (npm run export) writes a static site to out/ for a laptop or USB stick.
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
    ...(staticExport
      ? { output: "export", trailingSlash: true, distDir: "out" }
      : // The dev server needs eval for fast refresh; the headers apply to builds.
        phase === PHASE_DEVELOPMENT_SERVER
        ? {}
        : { headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }] }),
  };
};
