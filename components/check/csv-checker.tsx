"use client";
/**
 * "Periksa CSV": a data steward drops a CSV and sees every problem by row and column, with the same
 * rules as the build uses (the validator is loaded into the page on first use). The file is read in
 * the browser only: nothing is sent anywhere and nothing is stored.
 */
import { useState } from "react";
import { PeersPlot } from "@/components/charts/peers-plot";
import { LegendList } from "@/components/charts/legend-list";
import { IssueTable } from "@/components/issue-table";
import type { TableName } from "@/lib/data/schemas";
import { formatNumber } from "@/lib/format/number";
import type { ClientText, IssueText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { fill } from "@/lib/i18n/template";
import type { CheckerReference } from "@/lib/view/check-page";
import type { CheckResult, UploadPreview } from "@/lib/view/csv-check";
import { FOCUS_COLOR, OTHER_COLOR } from "@/lib/chart/style";

export function CsvChecker({
  lang,
  reference,
  text,
  issueText,
}: {
  lang: Lang;
  reference: CheckerReference;
  text: ClientText["checker"];
  issueText: IssueText;
}) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<TableName | "auto">("auto");
  const [dragging, setDragging] = useState(false);
  const [indicator, setIndicator] = useState<string | null>(null);

  async function check(file: File) {
    setBusy(true);
    setIndicator(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { checkUpload } = await import("@/lib/view/csv-check");
      setResult(checkUpload(file.name, bytes, choice, reference));
    } finally {
      setBusy(false);
    }
  }

  const onFiles = (files: FileList | null) => {
    const f = files?.[0];
    if (f) void check(f);
  };

  const previews = result?.kind === "ok" ? result.previews : [];
  const preview = previews.find((p) => p.indicator === indicator) ?? previews[0];

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
        {result?.kind === "unknown" ? <p className="notice">{fill(text.unknownTable, { file: result.file })}</p> : null}
        {result?.kind === "ok" ? (
          <div className="check-ok">
            <p>
              <strong>{fill(text.ok, { file: result.file, table: result.table })}</strong>{" "}
              {fill(result.regions ? text.okRowsRegions : text.okRows, {
                rows: result.rows,
                regions: result.regions,
                years: result.years,
              })}
            </p>
          </div>
        ) : null}
        {result?.kind === "issues" ? (
          <div className="error-panel">
            <h2>
              {fill(result.issues.length === 1 ? text.problemsOne : text.problems, {
                n: result.issues.length,
                file: result.file,
              })}
            </h2>
            <p>{text.nothingLoaded}</p>
            <IssueTable issues={result.issues} text={issueText} lang={lang} caption={text.problemsCaption} />
          </div>
        ) : null}
      </div>
      {preview ? (
        <UploadPreviewPanel lang={lang} preview={preview} previews={previews} onIndicator={setIndicator} text={text} />
      ) : null}
    </div>
  );
}

/** The uploaded values of one indicator drawn over the dashboard's own, to spot a shifted decimal or a wrong year. */
function UploadPreviewPanel({
  lang,
  preview,
  previews,
  onIndicator,
  text,
}: {
  lang: Lang;
  preview: UploadPreview;
  previews: UploadPreview[];
  onIndicator: (code: string) => void;
  text: ClientText["checker"];
}) {
  return (
    <section className="panel" aria-labelledby="pratinjau">
      <h2 id="pratinjau">{fill(text.previewTitle, { code: preview.indicator, region: preview.regionName })}</h2>
      {previews.length > 1 ? (
        <label className="inline-field">
          {text.indicator}{" "}
          <select value={preview.indicator} onChange={(e) => onIndicator(e.target.value)}>
            {previews.map((p) => (
              <option key={p.indicator}>{p.indicator}</option>
            ))}
          </select>
        </label>
      ) : null}
      <LegendList
        items={[
          { label: text.yours, color: FOCUS_COLOR, dash: "6 3", kind: "line" },
          ...(preview.bundled.length ? [{ label: text.bundled, color: OTHER_COLOR, dash: "", kind: "line" as const }] : []),
        ]}
      />
      <PeersPlot
        lang={lang}
        decimals={preview.decimals}
        seriesLabel={preview.indicator}
        height={300}
        lines={[
          ...(preview.bundled.length
            ? [
                {
                  code: "bundled",
                  label: text.bundled,
                  role: "province" as const,
                  color: OTHER_COLOR,
                  dash: "",
                  width: 3,
                  points: preview.bundled,
                },
              ]
            : []),
          {
            code: "uploaded",
            label: text.yours,
            role: "focus" as const,
            color: FOCUS_COLOR,
            dash: "6 3",
            width: 2.5,
            points: preview.uploaded,
          },
        ]}
      />
      <p className="note">
        {fill(text.previewNote, {
          values: preview.uploaded.map((p) => `${p.year}: ${formatNumber(p.value, lang, preview.decimals)}`).join("; "),
        })}
      </p>
    </section>
  );
}
