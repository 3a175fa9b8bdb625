/** Decimal numbers as Indonesian Excel or BPS write them (70,61 or 70.61). No dependencies, so the browser can use it too. */
import type { IssueCode } from "./issues";

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
const GROUPED = /^-?\d{1,3}(?:([.,\s])\d{3})+(?:[.,]\d+)?$/;

/** Parse a decimal as Indonesian Excel or BPS writes it: 70,61 or 70.61. */
export function parseDecimal(raw: string): { ok: true; value: number } | { ok: false; code: IssueCode } {
  const s = raw.trim();
  if (DECIMAL.test(s)) return { ok: true, value: Number(s.replace(",", ".")) };
  if (/^[=+@]/.test(s) || /^-\s*[A-Za-z_]+\s*\(/.test(s)) return { ok: false, code: "cell-formula" };
  if (/^[+-]?(nan|inf(inity)?)$/i.test(s) || /^#(n\/a|value!|div\/0!|ref!|name\?|num!|null!|getting_data)$/i.test(s))
    return { ok: false, code: "cell-not-finite" };
  if (/^-?\d+(?:[.,]\d+)?\s*%$/.test(s)) return { ok: false, code: "cell-percent" };
  if (GROUPED.test(s) || /^-?\d{1,3}(?:\.\d{3})+,\d+$/.test(s) || /^-?\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) {
    return { ok: false, code: "cell-thousands-separator" };
  }
  return { ok: false, code: "cell-not-number" };
}
