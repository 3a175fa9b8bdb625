/**
 * Scale the 1600×900 slide to the space its stage really has (the toolbar's height varies with the
 * window and disappears in full screen), with a 12 px margin on every side. Self-contained on
 * purpose: the deck page also inlines its source as a script that runs as soon as the stage is
 * parsed. Until it has run the stage stays invisible (globals.css), so the slide never appears at one
 * size and then jumps to another (layout shift).
 */
export function fitDeck(stage: HTMLElement | null): void {
  if (!stage) return;
  const scale = Math.min((stage.clientWidth - 24) / 1600, (stage.clientHeight - 24) / 900);
  document.documentElement.style.setProperty("--deck-scale", String(Math.max(0.1, scale)));
  document.documentElement.setAttribute("data-deck-fitted", "");
}
