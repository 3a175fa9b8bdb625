import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unzipSync, strFromU8 } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { TABLE_NAMES } from "@/lib/data/schemas";
import { miniDataset, miniFiles } from "@/lib/data/test-fixture";
import { workbookBlob } from "@/lib/export/xlsx";
import { tableDownloads, tableFile, workbookFile, type TableBytes } from "./table-downloads";

const d = miniDataset();
const files: TableBytes = Object.fromEntries(Object.entries(miniFiles()).map(([k, v]) => [k, new TextEncoder().encode(v)]));
const text = (file: string) => {
  const f = tableFile(file, files, d);
  assert.ok(f && f.kind === "text", file);
  return f.body;
};
const workbook = async (lang: "id" | "en") => {
  const f = tableFile(workbookFile(d, lang), files, d);
  assert.ok(f && f.kind === "workbook");
  return Buffer.from(await (await workbookBlob(f.sheets)).arrayBuffer());
};

describe("whole-table downloads", () => {
  it("every table as CSV, Excel Indonesia CSV and JSON, and one workbook per language", () => {
    const all = tableDownloads(d);
    for (const name of TABLE_NAMES)
      for (const ext of [".csv", "-excel-id.csv", ".json"]) assert.ok(all.includes(name + ext), name + ext);
    assert.deepEqual(all.slice(-2), ["data-pug-kotabaru.xlsx", "pug-data-kotabaru-en.xlsx"]);
    assert.equal(tableFile("observations-excel-id.json", files, d), null);
  });

  it("Excel Indonesia CSV: semicolons and decimal commas, the region's name beside its code", () => {
    const lines = text("observations-excel-id.csv").split("\r\n");
    assert.equal(lines[0], "\uFEFFregion;region_name;indicator;year;value;series;source;note");
    assert.ok(lines.includes("0000;Indonesia;IPM;2024;75,02;UHH-LF2020;fixture-bps;"), lines.slice(0, 20).join("\n"));
    assert.ok(lines.some((l) => /^6302;Kabupaten Kotabaru;IKG;2023;0,571;/.test(l)));
  });

  it("standard CSV keeps commas and decimal points; JSON types the numbers", () => {
    assert.ok(text("observations.csv").includes("\r\n0000,Indonesia,IPM,2024,75.02,UHH-LF2020,fixture-bps,\r\n"));
    const json = JSON.parse(text("targets.json")) as { rows: Record<string, unknown>[] };
    assert.deepEqual(
      { region: json.rows[0]!.region, name: json.rows[0]!.region_name, value: json.rows[0]!.target_value },
      { region: "6302", name: "Kabupaten Kotabaru", value: 75.37 },
    );
  });
});

describe("the workbook (.xlsx), read back", () => {
  it("values are numbers and codes are text, in every data sheet", async () => {
    const sheets = await readXlsxFile(await workbook("id"));
    const obs = sheets.find((s) => s.sheet === "Nilai terbitan")!.data;
    assert.deepEqual(obs[0]!.slice(0, 5), ["region", "region_name", "indicator", "year", "value"]);
    const national = obs.find((r) => r[0] === "0000" && r[3] === 2024)!;
    assert.deepEqual(national.slice(0, 5), ["0000", "Indonesia", "IPM", 2024, 75.02]);
    const ikg = obs.find((r) => r[0] === "6302" && r[2] === "IKG" && r[3] === 2023)!;
    assert.equal(ikg[4], 0.571);
  });

  it("number formats at each indicator's decimals, a frozen header row, Indonesian sheet names with the sources last", async () => {
    const zip = unzipSync(await workbook("id"));
    const styles = strFromU8(zip["xl/styles.xml"]!);
    assert.match(styles, /formatCode="0\.00"/);
    assert.match(styles, /formatCode="0\.000"/);
    const first = strFromU8(zip["xl/worksheets/sheet1.xml"]!);
    assert.match(first, /<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    assert.match(first, /<col [^>]*width="/);
    const names = [...strFromU8(zip["xl/workbook.xml"]!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(names[0], "Nilai terbitan");
    assert.equal(names.at(-1), "Sumber &amp; metode");
    assert.equal(names.length, TABLE_NAMES.length + 1);
  });

  it("the sources sheet lists every source and the progress method; English names in the English workbook", async () => {
    const sheets = await readXlsxFile(await workbook("en"));
    const src = sheets.find((s) => s.sheet === "Sources & method")!.data;
    assert.deepEqual(src[0], ["Source id", "Kind", "Publisher", "Title", "Year", "Address", "Note (in Indonesian)"]);
    for (const s of d.sources)
      assert.ok(
        src.some((r) => r[0] === s.id),
        s.id,
      );
    const lines = src.map((r) => String(r[0] ?? ""));
    assert.ok(
      lines.some((l) => l.startsWith("Projection")),
      "method formulas",
    );
    assert.ok(lines.includes("On track: r ≥ 0.95."), lines.join("\n"));
    assert.ok(sheets.some((s) => s.sheet === "Observations"));
  });
});
