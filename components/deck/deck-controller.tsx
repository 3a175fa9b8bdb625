"use client";
/**
 * Runs the deck: one slide on screen, the slide number in the URL (?slide=3), keyboard and clicker
 * navigation (arrows, Page Up/Down, space, Home/End; F for full screen; N for the speaker notes over
 * the lower part of the slide), scaling the 1600×900 slide
 * to any screen without scrollbars. Printing shows every slide, one per A4 landscape page.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useUrlParam } from "@/components/charts/use-url-param";
import type { ClientText } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/template";
import { fitDeck } from "./fit";

export function DeckController({
  slides,
  labels,
  text,
  pptxHref,
  backHref,
}: {
  slides: React.ReactNode[];
  labels: string[];
  text: ClientText["deck"];
  pptxHref: string;
  backHref: string;
}) {
  const count = slides.length;
  const [param, setParam] = useUrlParam("slide");
  const requested = param === null ? 1 : Number(param);
  const valid = Number.isInteger(requested) && requested >= 1 && requested <= count;
  const current = valid ? requested : 1;
  const [fullscreen, setFullscreen] = useState(false);
  const [notes, setNotes] = useState(false);
  const deck = useRef<HTMLDivElement>(null);

  const go = useCallback((n: number) => setParam(String(Math.min(count, Math.max(1, n)))), [count, setParam]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
      if (target?.tagName === "BUTTON" && (e.key === " " || e.key === "Enter")) return; // let buttons act
      const forward = ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"];
      const back = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];
      if (forward.includes(e.key)) go(current + 1);
      else if (back.includes(e.key)) go(current - 1);
      else if (e.key === "Home") go(1);
      else if (e.key === "End") go(count);
      else if (e.key === "f" || e.key === "F") void toggleFullscreen();
      else if (e.key === "n" || e.key === "N") setNotes((on) => !on);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    // Keys work from here on; until now the page was the server's drawing (tests wait for this mark).
    deck.current?.setAttribute("data-ready", "");
    return () => window.removeEventListener("keydown", onKey);
  }, [current, count, go]);

  const stage = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const fit = () => fitDeck(el);
    const onFs = () => setFullscreen(document.fullscreenElement !== null);
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    document.addEventListener("fullscreenchange", onFs);
    return () => {
      ro.disconnect();
      document.removeEventListener("fullscreenchange", onFs);
    };
  }, []);

  return (
    <div
      className={["deck", fullscreen ? "deck-fullscreen" : "", notes ? "deck-notes" : ""].join(" ").trim()}
      data-slide={current}
      ref={deck}
    >
      {!valid && param !== null ? (
        <p className="deck-notice no-print" role="status">
          {fill(text.notFound, { n: param, max: count })}
        </p>
      ) : null}
      <main className="deck-stage" ref={stage}>
        {slides.map((slide, i) => (
          <section
            key={i}
            className="slide"
            hidden={i + 1 !== current}
            aria-roledescription="slide"
            aria-label={`${text.slide} ${i + 1} ${text.of} ${count}: ${labels[i]}`}
          >
            {slide}
            <span className="slide-number" aria-hidden="true">
              {i + 1} / {count}
            </span>
          </section>
        ))}
      </main>
      <nav className="deck-controls no-print" aria-label={text.slide}>
        <a href={backHref}>{text.back}</a>
        <button type="button" onClick={() => go(current - 1)} disabled={current === 1}>
          ← {text.prev}
        </button>
        <span aria-live="polite" data-testid="slide-counter">
          {text.slide} {current} {text.of} {count}
        </span>
        <button type="button" onClick={() => go(current + 1)} disabled={current === count}>
          {text.next} →
        </button>
        <button type="button" onClick={() => void toggleFullscreen()}>
          {fullscreen ? text.exitFullscreen : text.fullscreen}
        </button>
        <button type="button" aria-pressed={notes} onClick={() => setNotes((on) => !on)}>
          {text.notesKey}
        </button>
        <button type="button" onClick={() => window.print()}>
          {text.print}
        </button>
        <a href={pptxHref} download>
          {text.pptx}
        </a>
        <span className="deck-keys">{text.keys}</span>
      </nav>
    </div>
  );
}

async function toggleFullscreen() {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    /* not allowed here (e.g. inside a frame); the deck still works in the window */
  }
}
