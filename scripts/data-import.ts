/**
 * npm run data:import -- FILE [--indicator IKG] [--series single] [--source ID] [--dir data] [--yes] [--lang en]
 *
 * Adds a BPS release to data/observations.csv: reads FILE (a BPS/Excel table with years as columns,
 * or rows in the observations.csv shape), shows what will be added, changed and left alone, checks
 * that the whole dataset would still validate, and only then, after confirmation (or --yes), writes
 * the table atomically: a backup copy first, the new table to a temporary file, then one rename.
 * Any failure before the rename leaves data/ exactly as it was.
 */
import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { DATA_FILE_STYLE, decodeCsvBytes, parseCsvText, writeCsv } from "../lib/data/csv";
import { applyImport, diffImport, planImport } from "../lib/data/import";
import { formatIssue } from "../lib/format/issue";
import { dict } from "../lib/i18n/dictionary";
import { fill } from "../lib/i18n/template";
import type { Lang } from "../lib/i18n/lang";
import { readDataFiles } from "../lib/data/load";
import { validateFiles, type Dataset } from "../lib/data/validate";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const has = (name: string) => args.includes(name);
const lang: Lang = flag("--lang") === "en" ? "en" : "id";
const say = (id: string, en: string) => console.log(lang === "id" ? id : en);
const fail = (id: string, en: string): never => {
  console.error(lang === "id" ? id : en);
  process.exit(1);
};

/** Write through a temporary file and one rename, so the table is either wholly old or wholly new. */
export function writeAtomically(target: string, content: string) {
  const temp = `${target}.tmp-${process.pid}`;
  const failAfter = process.env.PUG_IMPORT_FAIL_AFTER_BYTES ? Number(process.env.PUG_IMPORT_FAIL_AFTER_BYTES) : null;
  const bytes = Buffer.from(content, "utf8");
  const fd = openSync(temp, "w");
  try {
    if (failAfter !== null) {
      // Test hook: simulate the disk filling up or the process dying half-way through the write.
      writeSync(fd, bytes.subarray(0, failAfter));
      throw new Error(`simulated failure after ${failAfter} bytes`);
    }
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    rmSync(temp, { force: true });
    throw e;
  }
}

async function main() {
  const file = args.find(
    (a, i) => !a.startsWith("--") && !["--indicator", "--series", "--source", "--dir", "--lang"].includes(args[i - 1] ?? ""),
  );
  if (!file)
    fail(
      "Pakai: npm run data:import -- BERKAS.csv [--indicator IKG --source ID] [--yes]",
      "Usage: npm run data:import -- FILE.csv [--indicator IKG --source ID] [--yes]",
    );
  const dir = path.resolve(flag("--dir") ?? "data");
  const files = await readDataFiles(dir);
  const current = validateFiles(files);
  if (!current.ok) {
    for (const i of current.issues) console.error(`- ${formatIssue(i, dict(lang).issues, dir)}`);
    fail(
      "data/ sendiri belum valid; perbaiki dulu (npm run data:check).",
      "data/ itself does not validate; fix it first (npm run data:check).",
    );
  }
  if (!current.ok) return;
  const diff = planFromFile(file!, current.dataset);
  if (diff.added.length + diff.changed.length === 0) {
    say("Tidak ada perubahan; data/ dibiarkan.", "Nothing to change; data/ left alone.");
    return;
  }
  const target = path.join(dir, "observations.csv");
  const content = importedTable(target, diff);
  const check = validateFiles({ ...files, observations: content });
  if (!check.ok) {
    for (const i of check.issues) console.error(`- ${formatIssue(i, dict(lang).issues, dir)}`);
    fail(
      "Hasil impor tidak lolos pemeriksaan data; tidak ada yang ditulis.",
      "The imported table would not validate; nothing was written.",
    );
  }
  if (!has("--yes") && !(await confirm(target))) {
    say("Dibatalkan; data/ dibiarkan.", "Cancelled; data/ left alone.");
    return;
  }
  // Backups live beside data/, not in it: a failed import must leave data/ byte for byte as it was.
  const backups = path.join(path.dirname(dir), ".cadangan-data");
  mkdirSync(backups, { recursive: true });
  const backup = path.join(backups, `observations-${new Date().toISOString().replace(/[:.]/g, "-")}.csv`);
  copyFileSync(target, backup);
  writeAtomically(target, content);
  say(
    `Ditulis ${target} (cadangan: ${backup}). Jalankan npm start untuk membangun ulang dasbor.`,
    `Wrote ${target} (backup: ${backup}). Run npm start to rebuild the dashboard.`,
  );
}

/** Read the file to import, plan it against the dataset, print what would change; stops on any problem. */
function planFromFile(file: string, dataset: Dataset): ReturnType<typeof diffImport> {
  const name = path.basename(file);
  const decoded = decodeCsvBytes(name, new Uint8Array(readFileSync(file)));
  if ("issue" in decoded)
    fail(`- ${formatIssue(decoded.issue, dict("id").issues)}`, `- ${formatIssue(decoded.issue, dict("en").issues)}`);
  if ("issue" in decoded) throw new Error("unreachable");
  const plan = planImport(decoded.text, dataset, {
    fileName: name,
    indicator: flag("--indicator"),
    series: flag("--series"),
    source: flag("--source"),
  });
  const t = dict(lang).issues;
  for (const p of plan.problems) {
    console.error(
      `- ${name}${p.line ? `, ${t.line} ${p.line}` : ""}${p.column ? `, ${t.column} ${p.column}` : ""}${p.value ? `: "${p.value}"` : ""} ${fill(dict(lang).importProblems[p.code], p.params)}`,
    );
  }
  if (plan.problems.length)
    fail(
      "Tidak ada yang ditulis. Perbaiki masalah di atas lalu ulangi.",
      "Nothing was written. Fix the problems above and try again.",
    );
  const diff = diffImport(dataset.observations, plan.rows);
  say(
    `Bentuk: ${plan.shape === "wide" ? "lebar (tahun sebagai kolom)" : "rapi (seperti observations.csv)"}`,
    `Shape: ${plan.shape === "wide" ? "wide (years as columns)" : "tidy (as observations.csv)"}`,
  );
  say(
    `Ditambah: ${diff.added.length} · diubah: ${diff.changed.length} · tetap: ${diff.unchanged.length} · dilewati (tidak terbit): ${plan.skipped.length}`,
    `Added: ${diff.added.length} · changed: ${diff.changed.length} · unchanged: ${diff.unchanged.length} · skipped (not published): ${plan.skipped.length}`,
  );
  for (const r of diff.added) console.log(`  + ${r.region} ${r.indicator} ${r.year} ${r.series} ${r.value}  (${r.source})`);
  for (const c of diff.changed)
    console.log(
      `  ~ ${c.row.region} ${c.row.indicator} ${c.row.year} ${c.row.series} ${c.before} → ${c.row.value}  (${c.row.source})`,
    );
  return diff;
}

/** observations.csv with the import applied, every other row byte for byte as it was. */
function importedTable(target: string, diff: ReturnType<typeof diffImport>): string {
  const { table } = parseCsvText("observations.csv", readFileSync(target, "utf8").replace(/^\uFEFF/, ""));
  return writeCsv(
    table.header,
    applyImport(
      table.header,
      table.rows.map((r) => r.cells),
      diff,
    ),
    DATA_FILE_STYLE,
  );
}

async function confirm(target: string): Promise<boolean> {
  if (!process.stdin.isTTY) fail("Tambahkan --yes untuk menulis tanpa pertanyaan.", "Add --yes to write without asking.");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(lang === "id" ? `Tulis ke ${target}? [y/N] ` : `Write to ${target}? [y/N] `))
    .trim()
    .toLowerCase();
  rl.close();
  return answer === "y" || answer === "ya" || answer === "yes";
}

main().catch((e) => {
  console.error(
    lang === "id"
      ? `Gagal: ${e instanceof Error ? e.message : e}. data/ tidak berubah.`
      : `Failed: ${e instanceof Error ? e.message : e}. data/ is unchanged.`,
  );
  process.exit(2);
});
