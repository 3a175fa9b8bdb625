"use client";
/**
 * "Coba target": for an indicator without a published target, a planner types a target for the plan
 * year and sees the yearly pace it needs against the pace achieved. The value lives only in the URL
 * (?skenario=88,5): it is never stored, and it is always labelled a scenario, not an official target.
 * The figures come from the same progress engine as the official targets.
 */
import { useState } from "react";
import { useUrlParam } from "@/components/charts/use-url-param";
import { formatNumber, formatSigned, paceDecimals } from "@/lib/format/number";
import type { ClientText } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { fill } from "@/lib/i18n/template";
import type { ProgressDirection } from "@/lib/metrics/progress";
import { readScenario, scenarioProgress } from "@/lib/view/scenario";
import { StatusIcon } from "./status-icon";

export function ScenarioBox({
  lang,
  indicator,
  decimals,
  direction,
  points,
  targetYear,
  range,
  text,
  status: statusText,
}: {
  lang: Lang;
  indicator: string;
  decimals: number;
  direction: ProgressDirection;
  points: { year: number; value: number }[];
  targetYear: number;
  range: [number, number];
  text: ClientText["scenario"];
  status: ClientText["status"];
}) {
  const [param, setParam] = useUrlParam("skenario");
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (param ? param.replace(".", lang === "id" ? "," : ".") : "");
  const input = readScenario(param, range);
  const latest = points.at(-1);
  const progress = input.kind === "ok" ? scenarioProgress(direction, points, targetYear, input.value) : null;
  const n = (v: number) => formatNumber(v, lang, decimals);
  const p = (v: number) => formatSigned(v, lang, paceDecimals(decimals));
  return (
    <section className="scenario panel" aria-labelledby="skenario-judul" data-testid="scenario">
      <h3 id="skenario-judul">{text.title}</h3>
      <p className="note">{text.notOfficial}</p>
      <form
        className="scenario-form"
        onSubmit={(e) => {
          e.preventDefault();
          const raw = (draft ?? "").trim();
          setParam(raw === "" ? null : raw.replace(",", "."));
          setDraft(null);
        }}
      >
        <label htmlFor="skenario-input">{fill(text.label, { year: targetYear })}</label>
        <div className="scenario-row">
          <input
            id="skenario-input"
            name="skenario"
            inputMode="decimal"
            autoComplete="off"
            value={shown}
            aria-describedby="skenario-hint"
            onChange={(e) => setDraft(e.target.value)}
            onBlur={(e) => {
              const raw = e.target.value.trim();
              setParam(raw === "" ? null : raw.replace(",", "."));
              setDraft(null);
            }}
          />
          <button type="submit">OK</button>
          {param !== null ? (
            <button
              type="button"
              onClick={() => {
                setParam(null);
                setDraft(null);
              }}
            >
              {text.clear}
            </button>
          ) : null}
        </div>
        <p id="skenario-hint" className="note">
          {text.hint}
        </p>
      </form>
      <div aria-live="polite">
        {input.kind === "not-a-number" ? <p className="notice">{fill(text.notNumber, { value: input.raw })}</p> : null}
        {input.kind === "out-of-range" ? (
          <p className="notice">{fill(text.outOfRange, { min: n(range[0]), max: n(range[1]) })}</p>
        ) : null}
        {progress && latest ? (
          <dl className="kv scenario-result" data-testid="scenario-result">
            <dt>{text.required}</dt>
            <dd>{progress.required !== null ? `${p(progress.required)}${text.perYear}` : "–"}</dd>
            <dt>
              {progress.pace ? fill(text.achieved, { from: progress.pace.from.year, to: progress.pace.to.year }) : text.noPace}
            </dt>
            <dd>{progress.pace ? `${p(progress.pace.perYear)}${text.perYear}` : "–"}</dd>
            {progress.projected ? (
              <>
                <dt>{fill(text.projected, { year: progress.projected.year })}</dt>
                <dd>{n(progress.projected.value)}</dd>
              </>
            ) : null}
            <dt>{indicator}</dt>
            <dd>
              <span className={`status status-${progress.status}`} data-status={progress.status}>
                <StatusIcon status={progress.status} />
                {statusText[progress.status]}
              </span>
            </dd>
          </dl>
        ) : null}
      </div>
    </section>
  );
}
