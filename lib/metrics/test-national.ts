/**
 * Test support, used only by the national-view tests (national-rank, distribution, peers, jumps):
 * CSV text for small hand-built datasets of kab/kota in two provinces, to pass to `miniDataset`'s
 * edit (lib/data/test-fixture.ts), which validates them like data/. Pure string building; the mini
 * fixture's other tables name 0000, 6300, 6302, 6303, 6309 and 6372, so every set keeps those.
 */

const REGION_HEADER = "code,name,short_name,level,parent,source,note";
const OBSERVATION_HEADER = "region,indicator,year,value,series,source,note";

/**
 * regions.csv for Indonesia (0000), the provinces given (their code + "00") and their kab/kota.
 * A kab/kota code whose last two digits are 71 or above is a kota, as in BPS's code list.
 */
export function regionsCsv(kabKotaByProvince: Record<string, readonly string[]>): string {
  const lines = [REGION_HEADER, "0000,Indonesia,Indonesia,nasional,,fixture-codes,"];
  for (const [province, codes] of Object.entries(kabKotaByProvince)) {
    const p = `${province}00`;
    lines.push(`${p},Provinsi ${province},Prov ${province},provinsi,0000,fixture-codes,`);
    for (const code of codes) {
      const kota = Number(code.slice(2)) >= 71;
      lines.push(`${code},${kota ? "Kota" : "Kabupaten"} ${code},Uji ${code},${kota ? "kota" : "kabupaten"},${p},fixture-codes,`);
    }
  }
  return lines.join("\n") + "\n";
}

/** One observation: region, indicator, year, value, and optionally series (default "single") and source (default fixture-bps). */
export type ObservationTuple = [region: string, indicator: string, year: number, value: number, series?: string, source?: string];

/** observations.csv from tuples. */
export function observationsCsv(rows: readonly ObservationTuple[]): string {
  const lines = rows.map(([region, indicator, year, value, series, source]) =>
    [region, indicator, year, value, series ?? "single", source ?? "fixture-bps", ""].join(","),
  );
  return [OBSERVATION_HEADER, ...lines].join("\n") + "\n";
}

/** The same indicator and series for many regions in one year: [region, value] pairs. */
export function yearRows(indicator: string, year: number, values: Record<string, number>, series?: string): ObservationTuple[] {
  return Object.entries(values).map(([region, value]) => [region, indicator, year, value, series]);
}
