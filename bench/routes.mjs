// The pages every benchmark measures, with the blank page of the same build as the framework's floor.
// Plain JavaScript so that bench/lighthouse.mjs can import it as well as the TypeScript benchmarks.
export const BLANK = "/blank";

export const ROUTES = [
  "/",
  "/indikator/ipm",
  "/indikator/ipg",
  "/indikator/idg",
  "/indikator/ikg",
  "/perbandingan",
  "/perbandingan/ikg/2023",
  "/kelembagaan",
  "/data",
  "/periksa",
  "/presentasi",
  "/en",
  "/en/indikator/ikg",
];
