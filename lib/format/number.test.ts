import assert from "node:assert/strict";
import { test } from "node:test";
import { formatNumber, formatPercent, formatSigned } from "./number";

test("Indonesian and English separators, fixed decimals", () => {
  assert.equal(formatNumber(70.61, "id", 2), "70,61");
  assert.equal(formatNumber(70.61, "en", 2), "70.61");
  assert.equal(formatNumber(1234567.891, "id", 1), "1.234.567,9");
  assert.equal(formatNumber(1234567.891, "en", 1), "1,234,567.9");
  assert.equal(formatNumber(0.6, "id", 3), "0,600");
  assert.equal(formatNumber(999.96, "id", 1), "1.000,0");
  assert.equal(formatNumber(2.5, "id", 0), "3");
  assert.equal(formatNumber(-2.5, "id", 0), "-3");
});

test("rounds the number as written in the CSV, not its binary neighbour", () => {
  assert.equal(formatNumber(0.5975, "id", 3), "0,598");
  assert.equal(formatNumber(1.005, "en", 2), "1.01");
  assert.equal(formatNumber(0.0005, "id", 3), "0,001");
});

test("a value that shows as zero carries no sign", () => {
  assert.equal(formatNumber(-0.001, "id", 2), "0,00");
  assert.equal(formatSigned(-0.001, "id", 2), "0,00");
  assert.equal(formatSigned(0.004, "en", 2), "0.00");
  assert.equal(formatSigned(0.005, "en", 2), "+0.01");
  assert.equal(formatSigned(-0.026, "id", 3), "−0,026");
  assert.equal(formatPercent(-0.0829, "id"), "−8,3%");
});

test("agrees with Intl.NumberFormat on a thousand values of index-like size", () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 1000; i++) {
    const value = Math.round((random() - 0.3) * 2e6) / 10 ** Math.floor(random() * 6);
    const decimals = Math.floor(random() * 4);
    for (const [lang, locale] of [
      ["id", "id-ID"],
      ["en", "en-GB"],
    ] as const) {
      const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      const expected = intl.format(value).replace(/^-(?=[0.,]+$)/, ""); // Intl keeps a minus on "-0,00"
      assert.equal(formatNumber(value, lang, decimals), expected, `${value} with ${decimals} decimals (${lang})`);
    }
  }
});
