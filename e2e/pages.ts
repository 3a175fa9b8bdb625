/** The dashboard's pages and how many charts each draws: shared by the server and static-export tests. */
export const PAGES: { path: string; h1: RegExp; charts: number }[] = [
  { path: "/", h1: /Kotabaru/, charts: 0 },
  { path: "/indikator/ipm", h1: /IPM/, charts: 5 },
  { path: "/indikator/ipg", h1: /IPG/, charts: 5 },
  { path: "/indikator/idg", h1: /IDG/, charts: 5 },
  { path: "/indikator/ikg", h1: /IKG/, charts: 5 },
  { path: "/perbandingan", h1: /Perbandingan|comparison/i, charts: 4 },
  { path: "/perbandingan/ikg/2023", h1: /Perbandingan|comparison/i, charts: 4 },
  { path: "/kelembagaan", h1: /Kelembagaan|institutions/i, charts: 0 },
  { path: "/data", h1: /Data/, charts: 0 },
  { path: "/periksa", h1: /Periksa CSV|Check a CSV/, charts: 0 },
];

export const localized = (lang: "id" | "en", path: string) => (lang === "en" ? (path === "/" ? "/en" : `/en${path}`) : path);
