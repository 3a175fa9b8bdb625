import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate, today } from "./date";

test("dates in words, Indonesian and English", () => {
  assert.equal(formatDate({ year: 2022, month: 12, day: 1 }, "id"), "1 Desember 2022");
  assert.equal(formatDate({ year: 2022, month: 12, day: 1 }, "en"), "1 December 2022");
  assert.equal(formatDate({ year: 2024, month: 5, day: null }, "id"), "Mei 2024");
  assert.throws(() => formatDate({ year: 2024, month: 13, day: null }, "id"));
});

test("today reads the local calendar date", () => {
  assert.deepEqual(today(new Date(2026, 10, 30, 23, 59)), { year: 2026, month: 11, day: 30 });
});
