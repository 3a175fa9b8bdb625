/**
 * A synthetic national dataset for scale tests: 514 regencies/cities in 38 provinces plus Indonesia,
 * 15 years × 4 indices, targets for every regency. Every value is generated (a seeded random walk),
 * every name and source says SINTETIS, and it is only ever written to a temporary folder, never to
 * data/. Usage: tsx bench/synthetic-data.ts [folder]  (prints the folder it wrote).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseCsvText } from "../lib/data/csv";
import { DATA_FILE_STYLE, writeCsv } from "../lib/data/csv";

export const SYNTHETIC = { regencies: 514, provinces: 38, years: [2010, 2024] as const };

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same dataset. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SRC = "sintetis";

export function writeSyntheticDataset(dir: string): string {
  const resolved = path.resolve(dir);
  if (resolved === path.resolve("data") || resolved.startsWith(path.resolve("data") + path.sep)) {
    throw new Error("refusing to write synthetic data into data/");
  }
  mkdirSync(resolved, { recursive: true });
  const random = rng(20261124);
  const write = (file: string, header: string[], rows: string[][]) =>
    writeFileSync(path.join(resolved, file), writeCsv(header, rows, DATA_FILE_STYLE));
  for (const f of ["indicators.csv", "series.csv", "milestones.csv", "actions.csv"])
    copyFileSync(path.join("data", f), path.join(resolved, f));

  // The bundled sources stay (series.csv, milestones.csv and actions.csv cite them); one synthetic source is added.
  const sources = parseCsvText("sources.csv", readFileSync(path.join("data", "sources.csv"), "utf8")).table;
  const synthetic: Record<string, string> = {
    id: SRC,
    kind: "dataset",
    publisher: "SINTETIS (bench/synthetic-data.ts)",
    title: "Data sintetis untuk uji skala, BUKAN data BPS",
    note: "Nilai dibangkitkan acak dengan benih tetap.",
  };
  write("sources.csv", sources.header, [...sources.rows.map((r) => r.cells), sources.header.map((c) => synthetic[c] ?? "")]);
  const { regions, kab } = syntheticRegions();
  write("regions.csv", ["code", "name", "short_name", "level", "parent", "source", "note"], regions);
  const { obs, targets } = syntheticValues(regions, kab, random);
  write("observations.csv", ["region", "indicator", "year", "value", "series", "source", "note"], obs);
  write(
    "targets.csv",
    [
      "region",
      "indicator",
      "baseline_year",
      "baseline_value",
      "target_year",
      "target_value",
      "series",
      "document",
      "source",
      "note",
    ],
    targets,
  );
  write(
    "ape.csv",
    ["region", "year", "predicate", "source", "note"],
    kab
      .filter((_, i) => i % 7 === 0)
      .map((c, i) => [c, "2023", ["pratama", "madya", "utama", "non-ape"][i % 4]!, SRC, "SINTETIS"]),
  );
  write("releases.csv", ["indicator", "data_year", "region", "release_date", "source", "note"], []);
  write("settings.csv", ["key", "value", "note"], [["focus_region", kab[0]!, "SINTETIS"]]);
  return resolved;
}

/** Indonesia, the provinces and their regencies and cities (the last two of each province are cities). */
function syntheticRegions(): { regions: string[][]; kab: string[] } {
  const regions: string[][] = [["0000", "Indonesia (SINTETIS)", "Indonesia", "nasional", "", SRC, "SINTETIS"]];
  const kab: string[] = [];
  for (let p = 0; p < SYNTHETIC.provinces; p++) {
    const prov = String(11 + p).padStart(2, "0");
    regions.push([`${prov}00`, `Provinsi Sintetis ${prov}`, `Prov. ${prov}`, "provinsi", "0000", SRC, "SINTETIS"]);
    const count = Math.floor(SYNTHETIC.regencies / SYNTHETIC.provinces) + (p < SYNTHETIC.regencies % SYNTHETIC.provinces ? 1 : 0);
    for (let k = 1; k <= count; k++) {
      const code = `${prov}${String(k).padStart(2, "0")}`;
      const kota = k > count - 2;
      regions.push([
        code,
        `${kota ? "Kota" : "Kabupaten"} Sintetis ${code}`,
        `Sintetis ${code}`,
        kota ? "kota" : "kabupaten",
        `${prov}00`,
        SRC,
        "SINTETIS",
      ]);
      kab.push(code);
    }
  }
  return { regions, kab };
}

/** A random walk per region and index over the synthetic years, and an IPM and IKG target per regency. */
function syntheticValues(regions: string[][], kab: string[], random: () => number): { obs: string[][]; targets: string[][] } {
  const specs = [
    { code: "IPM", series: "UHH-LF2020", start: [55, 82], step: 0.6, dec: 2, min: 0, max: 100 },
    { code: "IPG", series: "pre-2023-release", start: [75, 98], step: 0.3, dec: 2, min: 0, max: 150 },
    { code: "IDG", series: "single", start: [50, 80], step: 0.8, dec: 2, min: 0, max: 100 },
    { code: "IKG", series: "single", start: [0.3, 0.65], step: -0.006, dec: 3, min: 0, max: 1 },
  ];
  const obs: string[][] = [];
  const targets: string[][] = [];
  const [y0, y1] = SYNTHETIC.years;
  const isKab = new Set(kab);
  for (const r of regions) {
    for (const s of specs) {
      let v = s.start[0]! + random() * (s.start[1]! - s.start[0]!);
      for (let y = y0; y <= y1; y++) {
        v = Math.min(s.max, Math.max(s.min, v + s.step * (0.2 + random() * 1.6)));
        obs.push([r[0]!, s.code, String(y), v.toFixed(s.dec), s.series, SRC, "SINTETIS"]);
      }
      if ((s.code === "IPM" || s.code === "IKG") && isKab.has(r[0]!)) {
        const target = s.code === "IPM" ? Math.min(100, v + 3 + random() * 3) : Math.max(0, v - 0.05 - random() * 0.08);
        targets.push([
          r[0]!,
          s.code,
          String(y1),
          v.toFixed(s.dec),
          "2029",
          target.toFixed(s.dec),
          s.series,
          "RPJMD SINTETIS",
          SRC,
          "SINTETIS",
        ]);
      }
    }
  }
  return { obs, targets };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), "pug-sintetis-"));
  console.log(writeSyntheticDataset(dir));
}
