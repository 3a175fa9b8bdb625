/**
 * Reading one CSV file the way Indonesian Excel writes it: UTF-8 with or without BOM, comma,
 * semicolon or tab as delimiter, CRLF or LF. Pure (no fs), so the browser "Periksa CSV" page and the
 * build-time loader share it. Every row keeps the line number it starts on in the file, because
 * PapaParse's own row index drifts after blank lines and quoted notes that span lines.
 */
import Papa from "papaparse";
import type { DataIssue } from "./issues";

export interface CsvRow {
  /** 1-based line in the file where this row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  delimiter: "," | ";" | "\t";
  header: string[];
  /** Line of the header row (1 unless blank lines precede it). */
  headerLine: number;
  rows: CsvRow[];
}

/** Largest file accepted. A national dataset (514 regions × 15 years × 4 indices, with notes) is ~10 MB. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decode bytes as strict UTF-8, naming the line of the first byte that is not UTF-8. */
export function decodeCsvBytes(file: string, bytes: Uint8Array): { text: string } | { issue: DataIssue } {
  if (bytes.length > MAX_FILE_BYTES) {
    return { issue: { file, line: null, column: null, value: `${bytes.length} bytes`, code: "file-too-large", params: { max: MAX_FILE_BYTES } } };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: { file, line: 1, column: null, value: "UTF-16", code: "file-utf16" } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { issue: { file, line: lineOfByte(bytes, nul), column: null, value: "NUL", code: "file-binary" } };
  }
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    const shown = Array.from(bytes.subarray(bad, bad + 1), (b) => `0x${b.toString(16).toUpperCase()}`).join(" ");
    return { issue: { file, line: lineOfByte(bytes, bad), column: null, value: shown, code: "file-not-utf8" } };
  }
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Pick the delimiter from the header line: the one that splits it into the most cells. */
export function detectDelimiter(headerLine: string): "," | ";" | "\t" {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  const candidates: Array<"," | ";" | "\t"> = [";", "\t", ","];
  let best: "," | ";" | "\t" = ",";
  let bestCount = 0;
  for (const c of candidates) {
    const n = count(c);
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Split decoded text into a header and rows. Blank rows (all cells empty, as Excel leaves at the end
 * of a sheet) are skipped; every other row is kept with its line number, however many cells it has,
 * so the validator can say exactly which row is short or long.
 */
export function parseCsvText(file: string, rawText: string): { table: CsvTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  // One newline convention, so line numbers are simple to count and mixed CRLF/LF files parse.
  const text = rawText.replace(/\r\n?/g, "\n");
  const firstContent = text.split("\n").findIndex((l) => l.trim() !== "");
  const headerText = firstContent === -1 ? "" : text.split("\n", firstContent + 1)[firstContent]!;
  const delimiter = detectDelimiter(headerText);

  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const rows: CsvRow[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      let start = cursor;
      // A row starts after any newline Papa consumed; skip leading newlines for the line number.
      while (text[start] === "\n") start++;
      const line = lineAt(start);
      cursor = result.meta.cursor;
      for (const e of result.errors) {
        if (e.code === "MissingQuotes" || e.code === "InvalidQuotes") {
          issues.push({ file, line, column: null, value: null, code: "row-unclosed-quote" });
        }
      }
      const cells = result.data;
      if (cells.every((c) => c.trim() === "")) return;
      rows.push({ line, cells });
    },
  });

  const headerRow = rows.shift();
  const header = headerRow ? headerRow.cells.map((h) => h.trim().toLowerCase()) : [];
  return {
    table: { file, delimiter, header, headerLine: headerRow?.line ?? 1, rows },
    issues,
  };
}
