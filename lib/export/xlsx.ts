/**
 * Workbooks (.xlsx) for Excel and LibreOffice in any locale: numbers are stored as numbers with a
 * number format at the indicator's decimals, so a spreadsheet set to Indonesian shows 0,571 and one
 * set to English 0.571, and neither turns it into 571. Codes stay text ("0000", never 0).
 *
 * write-excel-file (one dependency, fflate; maintained since 2020; MIT) writes the file in Node and
 * in the browser, which the chart downloads need; heavier libraries (exceljs, SheetJS) also read and
 * style far more than a data download uses.
 */
import writeExcelFile, { type Cell, type Sheet } from "write-excel-file/universal";
import { excelNumberFormat } from "@/lib/format/number";

/** A number with the decimals it is shown with; text is always a string, so codes keep their zeros. */
export type WorkCell = string | { value: number; decimals: number } | null;

export interface WorkSheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rule). */
  name: string;
  header: string[];
  /** Column widths in characters. */
  widths: number[];
  rows: WorkCell[][];
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function cell(c: WorkCell): Cell {
  if (c === null) return null;
  if (typeof c === "string") return { value: c, type: String };
  return { value: c.value, type: Number, format: excelNumberFormat(c.decimals) };
}

/** The sheets as write-excel-file takes them: a bold, frozen header row and the given widths. */
export function toSheets(book: WorkSheet[]): Sheet<Blob>[] {
  return book.map((s) => ({
    sheet: s.name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31),
    data: [s.header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })), ...s.rows.map((r) => r.map(cell))],
    columns: s.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
}

export function workbookBlob(book: WorkSheet[]): Promise<Blob> {
  return writeExcelFile(toSheets(book)).toBlob();
}
