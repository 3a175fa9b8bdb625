/**
 * The one rounding of the dashboard: a value to a number of decimal places, half away from zero, as
 * the number is written (its shortest decimal form, the way it stands in the CSV), so 1.005 → 1.01 and
 * 0.5975 → 0.598 although neither is exact in binary. Formatting (lib/format/number), chart data in
 * files and comparisons of published values all round through here, so a figure never shows two ways.
 */

/** |value| rounded to `decimals` places, as a string of digits with the decimal point removed. */
export function roundedDigits(value: number, decimals: number): { whole: string; fraction: string } {
  const written = Math.abs(value).toString();
  // Exponent forms (below 1e-6 or from 1e21) are far from any index value; toFixed is exact enough there.
  const plain = written.includes("e") ? Math.abs(value).toFixed(Math.min(100, decimals + 1)) : written;
  const [whole = "0", fraction = ""] = plain.split(".");
  const digits = whole + fraction.padEnd(decimals + 1, "0").slice(0, decimals);
  const roundUp = (fraction[decimals] ?? "0") >= "5";
  const rounded = roundUp ? increment(digits) : digits;
  const cut = rounded.length - decimals;
  return { whole: rounded.slice(0, cut).replace(/^0+(?=\d)/, "") || "0", fraction: rounded.slice(cut) };
}

/** "0999" → "1000": adds one to a string of decimal digits. */
function increment(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== "9") {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return `1${out.join("")}`;
}

/** `value` rounded to `decimals` places (half away from zero, as written); −0 becomes 0. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const { whole, fraction } = roundedDigits(value, decimals);
  const n = Number(decimals > 0 ? `${whole}.${fraction}` : whole);
  return value < 0 && n !== 0 ? -n : n;
}
