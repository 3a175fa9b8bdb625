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
    return {
      issue: {
        file,
        line: null,
        column: null,
        value: `${bytes.length} bytes`,
        code: "file-too-large",
        params: { maxMb: Math.round(MAX_FILE_BYTES / 1048576) },
      },
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: { file, line: 1, column: null, value: "UTF-16", code: "file-utf16" } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // Text saved as UTF-16 without a byte-order mark: every other byte of plain letters is zero.
    if (looksLikeUtf16(bytes)) return { issue: { file, line: 1, column: null, value: "UTF-16", code: "file-utf16" } };
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

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  return Math.max(evenZero, oddZero) > n / 2 / 2 && Math.min(evenZero, oddZero) < n / 2 / 20;
}

/** Line of a byte offset, counting LF, CRLF and a lone CR (old Mac CSV) as one line break each, as the parser does. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i];
    return c !== undefined && c >= lo && c <= hi;
  };
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let len: number;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = cont(i + 1) ? 2 : 0;
    else if (b === 0xe0) len = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0;
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) len = cont(i + 1) && cont(i + 2) ? 3 : 0;
    else if (b === 0xed) len = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0;
    else if (b === 0xf0) len = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) len = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b === 0xf4) len = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else len = 0;
    if (len === 0) return i;
    i += len;
  }
  return from; // the decoder refused the bytes, so something is wrong: point at the start rather than past the end
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
  let text = rawText.replace(/\r\n?/g, "\n");
  let firstContent = text.split("\n").findIndex((l) => l.trim() !== "");
  // Excel's "sep=;" hint line names the delimiter. Blank it (line numbers stay those Excel shows) and
  // take the delimiter from it; the real header is the next line with content.
  const lines = text.split("\n");
  const hint = firstContent === -1 ? null : /^"?sep=([,;\t])"?\s*$/i.exec(lines[firstContent]!);
  if (hint) {
    lines[firstContent] = "";
    text = lines.join("\n");
    firstContent = lines.findIndex((l) => l.trim() !== "");
  }
  const headerText = firstContent === -1 ? "" : lines[firstContent]!;
  const delimiter = hint ? (hint[1] as "," | ";" | "\t") : detectDelimiter(headerText);

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
      // PapaParse can report one stray quote twice (InvalidQuotes and MissingQuotes): one issue per row.
      if (result.errors.some((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes")) {
        issues.push({ file, line, column: null, value: null, code: "row-unclosed-quote" });
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

/**
 * How a CSV is written. The data files keep the project's own form (comma, LF, no BOM, quotes only
 * where needed), so an import changes only the rows it means to. Downloads start with a UTF-8 BOM so
 * Excel reads accents right (never with "sep=", which makes Excel ignore the BOM), and neutralise
 * text a spreadsheet would run as a formula.
 */
export interface CsvStyle {
  delimiter: "," | ";";
  decimal: "." | ",";
  newline: "\n" | "\r\n";
  bom: boolean;
  /** Prefix text cells starting with = + - @ tab CR or NUL with an apostrophe (OWASP CSV injection, CWE-1236). */
  defang: boolean;
}

export const DATA_FILE_STYLE: CsvStyle = { delimiter: ",", decimal: ".", newline: "\n", bom: false, defang: false };
/** Comma and decimal point: tools, scripts, and spreadsheets in an English locale. */
export const STANDARD_STYLE: CsvStyle = { delimiter: ",", decimal: ".", newline: "\r\n", bom: true, defang: true };
/** Semicolon and decimal comma, as Excel set to Indonesian opens a CSV. */
export const EXCEL_ID_STYLE: CsvStyle = { delimiter: ";", decimal: ",", newline: "\r\n", bom: true, defang: true };

export const BOM = "\uFEFF";

/**
 * Text cells that start like a formula; a plain number written as text ("-0,026") is not one. NUL
 * is included beside OWASP's set, as ASVS 5.0 V1.2.10 asks.
 */
const FORMULA_START = /^(?!-?\d+(?:[.,]\d+)?$)[=+\-@\t\r\0]/;

export type CsvCell = string | number | null;

/**
 * A table as CSV text (PapaParse writes it: RFC 4180 quoting). Numbers are written as numbers, in
 * full precision, with the style's decimal mark and never prefixed, so a negative change stays a
 * number; a missing value is an empty cell, never 0.
 */
export function writeCsv(header: string[], rows: CsvCell[][], style: CsvStyle): string {
  const cell = (c: CsvCell): string | null =>
    typeof c === "number" ? (Number.isFinite(c) ? String(c).replace(".", style.decimal) : null) : c;
  const text = Papa.unparse(
    { fields: header, data: rows.map((r) => r.map(cell)) },
    { delimiter: style.delimiter, newline: style.newline, quotes: false, escapeFormulae: style.defang ? FORMULA_START : false },
  );
  return (style.bom ? BOM : "") + text + style.newline;
}
