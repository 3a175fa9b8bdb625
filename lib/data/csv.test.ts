import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BOM, DATA_FILE_STYLE, EXCEL_ID_STYLE, STANDARD_STYLE, writeCsv } from "./csv";

describe("writeCsv", () => {
  it("downloads start with a UTF-8 BOM and never with sep=", () => {
    const csv = writeCsv(["a"], [["x"]], STANDARD_STYLE);
    assert.ok(csv.startsWith(BOM));
    assert.ok(!csv.includes("sep="));
  });
  it("Excel Indonesia: semicolons and decimal commas; numbers (even negative) are not prefixed", () => {
    assert.equal(
      writeCsv(["nilai", "perubahan"], [[0.571, -0.026]], EXCEL_ID_STYLE),
      `${BOM}nilai;perubahan\r\n0,571;-0,026\r\n`,
    );
  });
  it("standard: commas and decimal points", () =>
    assert.equal(writeCsv(["v"], [[70.61]], STANDARD_STYLE), `${BOM}v\r\n70.61\r\n`));
  it("a missing value is an empty cell, never 0", () =>
    assert.equal(writeCsv(["v"], [[null]], STANDARD_STYLE), `${BOM}v\r\n\r\n`));

  for (const t of ["=1+1", "+62", "-lihat", "@SUM(A1)", "\tx", "\rx", "\0x"]) {
    it(`prefixes text starting ${JSON.stringify(t[0])} with an apostrophe`, () => {
      const body = writeCsv(["t"], [[t]], STANDARD_STYLE).slice(BOM.length + 3);
      assert.ok(body.replace(/^"/, "").startsWith(`'${t[0]}`), JSON.stringify(body));
    });
  }
  it("leaves ordinary text, and a plain negative number written as text, alone; an expression is prefixed (and quoted)", () => {
    assert.equal(
      writeCsv(["t"], [["Kotabaru"], ["-0,026"], ["-1+2"]], EXCEL_ID_STYLE),
      `${BOM}t\r\nKotabaru\r\n-0,026\r\n"'-1+2"\r\n`,
    );
  });
  it("quotes cells holding the delimiter, quotes or line breaks, and defangs inside quotes too", () => {
    assert.equal(
      writeCsv(["t"], [['=HYPERLINK("x")'], ["a;b"], ["two\nlines"]], EXCEL_ID_STYLE),
      `${BOM}t\r\n"'=HYPERLINK(""x"")"\r\n"a;b"\r\n"two\nlines"\r\n`,
    );
  });
  it("data files: comma, LF, no BOM, quotes only where needed, text as written", () => {
    assert.equal(writeCsv(["a", "b"], [["6302", "=x, y"]], DATA_FILE_STYLE), `a,b\n6302,"=x, y"\n`);
  });
});
