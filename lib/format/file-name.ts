/**
 * File names a person would type: lower-case ASCII words joined by single dashes, naming the
 * indicator, the place, the years and what the file is, e.g. `ikg-kotabaru-2018-2023-tren`.
 */

/** Lower-case ASCII words joined by single dashes, no dash at either end. */
export function fileSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Longest name before the extension; longer names drop whole words from the place. */
export const MAX_FILE_NAME = 60;

export interface FileNameParts {
  /** Indicator codes in the file (IPM; IPM and IKG for a scatter). */
  indicators: string[];
  /** The place the file is about: "Kotabaru", "Kalimantan Selatan". */
  place: string;
  /** Years in the file; shown as one year or first–last. */
  years: number[];
  /** What the file is, in the page's language: "tren", "peringkat". */
  kind: string;
}

function yearSpan(years: number[]): string {
  if (years.length === 0) return "";
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}` : `${first}-${last}`;
}

/** `ikg-kotabaru-2018-2023-tren`: whole words, at most MAX_FILE_NAME characters. */
export function dataFileName(p: FileNameParts): string {
  const head = fileSlug([...new Set(p.indicators)].join(" "));
  const tail = [yearSpan(p.years), fileSlug(p.kind)].filter(Boolean).join("-");
  const room = MAX_FILE_NAME - head.length - tail.length - 2;
  // "Kabupaten Kotabaru" → kotabaru: the level word only makes names longer.
  const words = fileSlug(p.place.replace(/^(kabupaten|kota|provinsi)\s+/i, ""))
    .split("-")
    .filter(Boolean);
  while (words.join("-").length > room && words.length > 0) words.pop();
  return [head, words.join("-"), tail].filter(Boolean).join("-") || "data";
}
