/**
 * npm run data:check [-- --dir PATH] [--lang en]
 * Validates the CSV tables and prints a one-line summary (exit 0) or every problem (exit 1).
 */
import path from "node:path";
import { formatIssue } from "../lib/format/issue";
import { dict } from "../lib/i18n/dictionary";
import type { Lang } from "../lib/i18n/lang";
import { loadDatasetFrom } from "../lib/data/load";

async function main() {
  const args = process.argv.slice(2);
  const at = (flag: string) => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args[i + 1];
  };
  const dir = path.resolve(at("--dir") ?? process.env.DATA_DIR ?? "data");
  const lang: Lang = at("--lang") === "en" ? "en" : "id";
  const shown = path.relative(process.cwd(), dir) || ".";
  const result = await loadDatasetFrom(dir);
  if (result.ok) {
    const s = result.summary;
    const years = s.firstYear === null ? "-" : `${s.firstYear}–${s.lastYear}`;
    console.log(
      lang === "id"
        ? `OK ${shown}: ${s.tables} tabel, ${s.rows} baris, ${s.regions} wilayah, ${s.indicators} indikator, ${s.observations} nilai, tahun ${years}; wilayah fokus ${result.dataset.settings.focusRegion}.`
        : `OK ${shown}: ${s.tables} tables, ${s.rows} rows, ${s.regions} regions, ${s.indicators} indicators, ${s.observations} values, years ${years}; focus region ${result.dataset.settings.focusRegion}.`,
    );
    return 0;
  }
  console.error(
    lang === "id"
      ? `${result.issues.length} masalah di ${shown}; dasbor tidak memuat data sampai semuanya diperbaiki:`
      : `${result.issues.length} problem(s) in ${shown}; the dashboard loads no data until all are fixed:`,
  );
  for (const issue of result.issues) console.error(`- ${formatIssue(issue, dict(lang).issues, shown)}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
