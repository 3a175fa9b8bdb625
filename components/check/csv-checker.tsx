"use client";
/**
 * "Periksa CSV": a data steward drops a CSV and sees every problem by row and column, with the same
 * rules as the build uses (the validator is loaded into the page on first use). The file is read in
 * the browser only: nothing is sent anywhere and nothing is stored.
 */
import { useState } from "react";
import { PeersPlot } from "@/components/charts/lazy";
import { LegendList } from "@/components/charts/legend-list";
import { FOCUS_COLOR, OTHER_COLOR } from "@/components/charts/series-config";
import { IssueTable } from "@/components/issue-table";
import type { DataIssue } from "@/lib/data/issues";
import type { Observation, TableName } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatNumber } from "@/lib/format/number";
import { clientText } from "@/lib/i18n/client-text";
import type { Lang } from "@/lib/i18n/lang";

type Result =
  | { kind: "issues"; file: string; table: TableName; issues: DataIssue[] }
  | { kind: "ok"; file: string; table: TableName; rows: number; regions: number; years: string; observations: Observation[] }
  | { kind: "unknown"; file: string };

export interface CheckerReference {
  base: Dataset;
  /** Bundled values (main series) of the focus region per indicator, for the preview. */
  bundled: Record<string, { year: number; value: number }[]>;
  focus: string;
  tables: { name: TableName; file: string; columns: string[] }[];
}

/** Which table a file is, by its header (Indonesian Excel may use ; as delimiter). */
function guessTable(text: string, tables: CheckerReference["tables"]): TableName | null {
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

export function CsvChecker({ lang, reference }: { lang: Lang; reference: CheckerReference }) {
  const text = clientText(lang).checker;
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<TableName | "auto">("auto");
  const [dragging, setDragging] = useState(false);
  const [indicator, setIndicator] = useState<string | null>(null);

  async function check(file: File) {
    setBusy(true);
    setIndicator(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
      const table = choice === "auto" ? guessTable(head, reference.tables) : choice;
      if (!table) {
        setResult({ kind: "unknown", file: file.name });
        return;
      }
      const { validateFiles } = await import("@/lib/data/validate");
      const r = validateFiles({ [table]: bytes }, { base: reference.base });
      if (!r.ok) {
        // Name the user's file in every message, not the table it was checked as.
        setResult({ kind: "issues", file: file.name, table, issues: r.issues.map((i) => ({ ...i, file: file.name })) });
        return;
      }
      const d = r.dataset;
      const observations = table === "observations" ? d.observations : [];
      const rows = table === "settings" ? 1 : (d[table as Exclude<TableName, "settings">] as unknown[]).length;
      const years = observations.map((o) => o.year);
      setResult({
        kind: "ok",
        file: file.name,
        table,
        rows,
        regions: new Set(observations.map((o) => o.region)).size,
        years: years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "–",
        observations,
      });
    } finally {
      setBusy(false);
    }
  }

  const onFiles = (files: FileList | null) => {
    const f = files?.[0];
    if (f) void check(f);
  };

  const preview = result?.kind === "ok" && result.observations.length ? result.observations : null;
  const region = preview ? (preview.some((o) => o.region === reference.focus) ? reference.focus : preview[0]!.region) : null;
  const indicators = preview ? [...new Set(preview.filter((o) => o.region === region).map((o) => o.indicator))] : [];
  const shownIndicator = indicator && indicators.includes(indicator) ? indicator : indicators[0];
  const ind = reference.base.indicators.find((i) => i.code === shownIndicator);
  const uploaded =
    preview && shownIndicator
      ? preview
          .filter((o) => o.region === region && o.indicator === shownIndicator && o.value !== null)
          .map((o) => ({ year: o.year, value: o.value! }))
          .sort((a, b) => a.year - b.year)
      : [];
  const bundled = region === reference.focus && shownIndicator ? (reference.bundled[shownIndicator] ?? []) : [];
  const regionName = reference.base.regions.find((r) => r.code === region)?.shortName ?? region;

  return (
    <div className="checker">
      <label className="inline-field">
        {text.tableLabel}{" "}
        <select value={choice} onChange={(e) => setChoice(e.target.value as TableName | "auto")}>
          <option value="auto">{text.auto}</option>
          {reference.tables.map((t) => (
            <option key={t.name} value={t.name}>
              {t.file}
            </option>
          ))}
        </select>
      </label>
      <div
        className={`dropzone${dragging ? " dropzone-active" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles(e.dataTransfer.files);
        }}
      >
        <p>{text.drop}</p>
        <label className="file-button">
          {text.choose}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => onFiles(e.target.files)}
            data-testid="csv-input"
          />
        </label>
        <p className="note">{text.private}</p>
      </div>
      <div aria-live="polite" data-testid="check-result">
        {busy ? <p>{text.checking}</p> : null}
        {result?.kind === "unknown" ? <p className="notice">{text.unknownTable(result.file)}</p> : null}
        {result?.kind === "ok" ? (
          <div className="check-ok">
            <p>
              <strong>{text.ok(result.file, result.table)}</strong> {text.okDetail(result.rows, result.regions, result.years)}
            </p>
          </div>
        ) : null}
        {result?.kind === "issues" ? (
          <div className="error-panel">
            <h2>{text.problems(result.issues.length, result.file)}</h2>
            <p>{text.nothingLoaded}</p>
            <IssueTable
              issues={result.issues}
              lang={lang}
              labels={{
                caption: text.problemsCaption,
                where: text.where,
                found: text.found,
                problem: text.problem,
                todo: text.todo,
              }}
            />
          </div>
        ) : null}
      </div>
      {preview && ind && shownIndicator ? (
        <section className="panel" aria-labelledby="pratinjau">
          <h2 id="pratinjau">{text.previewTitle(shownIndicator, regionName ?? "")}</h2>
          {indicators.length > 1 ? (
            <label className="inline-field">
              {text.indicator}{" "}
              <select value={shownIndicator} onChange={(e) => setIndicator(e.target.value)}>
                {indicators.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
          ) : null}
          <LegendList
            items={[
              { label: text.yours, color: FOCUS_COLOR, dash: "6 3", kind: "line" },
              ...(bundled.length ? [{ label: text.bundled, color: OTHER_COLOR, dash: "", kind: "line" as const }] : []),
            ]}
          />
          <div className="chart-plot" style={{ height: 300, position: "relative" }}>
            <PeersPlot
              lang={lang}
              decimals={ind.decimals}
              lines={[
                ...(bundled.length
                  ? [{ code: "bundled", label: text.bundled, color: OTHER_COLOR, dash: "", width: 3, points: bundled }]
                  : []),
                { code: "uploaded", label: text.yours, color: FOCUS_COLOR, dash: "6 3", width: 2.5, points: uploaded },
              ]}
            />
          </div>
          <p className="note">
            {text.previewNote(uploaded.map((p) => `${p.year}: ${formatNumber(p.value, lang, ind.decimals)}`).join("; "))}
          </p>
        </section>
      ) : null}
    </div>
  );
}
