/**
 * Checking one uploaded CSV in the browser (/periksa) with the build's own validator, against the
 * bundled tables: which table it is (from its header), every problem, or what it holds and how its
 * values compare with the dashboard's for the preview. Loaded by the page only when a file is chosen.
 */
import type { DataIssue } from "@/lib/data/issues";
import type { TableName } from "@/lib/data/schemas";
import { validateFiles } from "@/lib/data/validate";
import type { YearValue } from "@/lib/metrics/progress";
import type { CheckerReference } from "./check-page";

export interface UploadPreview {
  region: string;
  regionName: string;
  indicator: string;
  decimals: number;
  uploaded: YearValue[];
  /** The dashboard's own values for the same region and indicator (focus region only). */
  bundled: YearValue[];
}

export type CheckResult =
  | { kind: "issues"; file: string; table: TableName; issues: DataIssue[] }
  | { kind: "ok"; file: string; table: TableName; rows: number; regions: number; years: string; previews: UploadPreview[] }
  | { kind: "unknown"; file: string };

/** Which table a file is, by its header (Indonesian Excel may use ; as delimiter); null below half the columns. */
export function guessTable(text: string, tables: CheckerReference["tables"]): TableName | null {
  const first =
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .find((l) => l.trim() !== "") ?? "";
  const cells = first.split(/[;,\t]/).map((c) => c.trim().replace(/^"|"$/g, "").toLowerCase());
  let best: TableName | null = null;
  let score = 0;
  for (const t of tables) {
    const s = t.columns.filter((c) => cells.includes(c)).length / t.columns.length;
    if (s > score) [best, score] = [t.name, s];
  }
  return score >= 0.5 ? best : null;
}

export function checkUpload(
  file: string,
  bytes: Uint8Array,
  choice: TableName | "auto",
  reference: CheckerReference,
): CheckResult {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  const table = choice === "auto" ? guessTable(head, reference.tables) : choice;
  if (!table) return { kind: "unknown", file };
  const r = validateFiles({ [table]: bytes }, { base: reference.base });
  // Name the user's file in every message, not the table it was checked as.
  if (!r.ok) return { kind: "issues", file, table, issues: r.issues.map((i) => ({ ...i, file })) };
  const d = r.dataset;
  const observations = table === "observations" ? d.observations : [];
  const years = observations.map((o) => o.year);
  // The preview shows the focus region when the file has it, else the first region in the file.
  const region = observations.some((o) => o.region === reference.focus) ? reference.focus : observations[0]?.region;
  const indicators = [...new Set(observations.filter((o) => o.region === region).map((o) => o.indicator))];
  return {
    kind: "ok",
    file,
    table,
    rows: table === "settings" ? 1 : (d[table as Exclude<TableName, "settings">] as unknown[]).length,
    regions: new Set(observations.map((o) => o.region)).size,
    years: years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "–",
    previews: region
      ? indicators.map((code) => ({
          region,
          regionName: reference.base.regions.find((x) => x.code === region)?.shortName ?? region,
          indicator: code,
          decimals: reference.base.indicators.find((i) => i.code === code)?.decimals ?? 2,
          uploaded: observations
            .filter((o): o is typeof o & { value: number } => o.region === region && o.indicator === code && o.value !== null)
            .map((o) => ({ year: o.year, value: o.value }))
            .sort((a, b) => a.year - b.year),
          bundled: region === reference.focus ? (reference.bundled[code] ?? []) : [],
        }))
      : [],
  };
}
