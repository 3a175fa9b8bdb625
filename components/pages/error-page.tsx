"use client";
import type { ClientText } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";

/** An unexpected error while showing a page: a plain message and a way back, never the error's details. */
export function ErrorPage({ lang, text, reset }: { lang: Lang; text: ClientText["errorPage"]; reset: () => void }) {
  return (
    <section className="error-panel" role="alert">
      <h1>{text.title}</h1>
      <p>{text.lead}</p>
      <p>
        <button type="button" onClick={reset}>
          {text.retry}
        </button>{" "}
        <a href={localePath(lang, "/")}>{text.home}</a>
      </p>
    </section>
  );
}
