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
import { writeCsvTable } from "../lib/data/csv-write";

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

export function writeSyntheticDataset(dir: string): string {
  const resolved = path.resolve(dir);
  if (resolved === path.resolve("data") || resolved.startsWith(path.resolve("data") + path.sep)) {
    throw new Error("refusing to write synthetic data into data/");
  }
  mkdirSync(resolved, { recursive: true });
  const random = rng(20261124);
  for (const f of ["indicators.csv", "series.csv", "milestones.csv", "actions.csv"])
    copyFileSync(path.join("data", f), path.join(resolved, f));

  const SRC = "sintetis";
  // The bundled sources stay (series.csv, milestones.csv and actions.csv cite them); one synthetic source is added.
  const sources = parseCsvText("sources.csv", readFileSync(path.join("data", "sources.csv"), "utf8")).table;
  writeFileSync(
    path.join(resolved, "sources.csv"),
    writeCsvTable(sources.header, [
      ...sources.rows.map((r) => r.cells),
      [
        SRC,
        "dataset",
        "SINTETIS (bench/synthetic-data.ts)",
        "Data sintetis untuk uji skala, BUKAN data BPS",
        "",
        "",
        "Nilai dibangkitkan acak dengan benih tetap.",
      ],
    ]),
  );

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
  writeFileSync(
    path.join(resolved, "regions.csv"),
    writeCsvTable(["code", "name", "short_name", "level", "parent", "source", "note"], regions),
  );

  const specs = [
    { code: "IPM", series: "UHH-LF2020", start: [55, 82], step: 0.6, dec: 2, min: 0, max: 100 },
    { code: "IPG", series: "pre-2023-release", start: [75, 98], step: 0.3, dec: 2, min: 0, max: 150 },
    { code: "IDG", series: "single", start: [50, 80], step: 0.8, dec: 2, min: 0, max: 100 },
    { code: "IKG", series: "single", start: [0.3, 0.65], step: -0.006, dec: 3, min: 0, max: 1 },
  ];
  const obs: string[][] = [];
  const targets: string[][] = [];
  const [y0, y1] = SYNTHETIC.years;
  for (const r of regions) {
    for (const s of specs) {
      let v = s.start[0]! + random() * (s.start[1]! - s.start[0]!);
      for (let y = y0; y <= y1; y++) {
        v = Math.min(s.max, Math.max(s.min, v + s.step * (0.2 + random() * 1.6)));
        obs.push([r[0]!, s.code, String(y), v.toFixed(s.dec), s.series, SRC, "SINTETIS"]);
      }
      if ((s.code === "IPM" || s.code === "IKG") && kab.includes(r[0]!)) {
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
  writeFileSync(
    path.join(resolved, "observations.csv"),
    writeCsvTable(["region", "indicator", "year", "value", "series", "source", "note"], obs),
  );
  writeFileSync(
    path.join(resolved, "targets.csv"),
    writeCsvTable(
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
    ),
  );
  writeFileSync(
    path.join(resolved, "ape.csv"),
    writeCsvTable(
      ["region", "year", "predicate", "source", "note"],
      kab
        .filter((_, i) => i % 7 === 0)
        .map((c, i) => [c, "2023", ["pratama", "madya", "utama", "non-ape"][i % 4]!, SRC, "SINTETIS"]),
    ),
  );
  writeFileSync(
    path.join(resolved, "settings.csv"),
    writeCsvTable(["key", "value", "note"], [["focus_region", kab[0]!, "SINTETIS"]]),
  );
  return resolved;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), "pug-sintetis-"));
  console.log(writeSyntheticDataset(dir));
}
