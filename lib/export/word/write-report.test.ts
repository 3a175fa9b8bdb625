import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import JSZip from "jszip";
import { pngSize } from "@/lib/export/png";
import { rasteriseSvg } from "@/lib/export/rasterise";
import type { Lang } from "@/lib/i18n/lang";
import { sampleFigures } from "@/scripts/report-sample";
import { CHART_KINDS, INDEX_CODES, fixtureReport, type PictureOf } from "./fixture";
import type { ReportModel, ReportRun } from "./report-model";
import { writeReport } from "./write-report";

type Parts = Record<string, string> & { media: Record<string, Uint8Array> };

async function unzip(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = { media: {} } as Parts;
  for (const [name, file] of Object.entries(zip.files)) {
    if (name.startsWith("word/media/")) parts.media[name.slice("word/".length)] = await file.async("uint8array");
    else if (!file.dir) parts[name] = await file.async("string");
  }
  return parts;
}

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)];
/** The text of an XML fragment: its w:t runs joined. */
const text = (xml: string) =>
  all(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)
    .map((m) => m[1])
    .join("");
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const paragraphs = (xml: string) => all(xml, /<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g).map((m) => m[0]);
const captions = (xml: string) =>
  paragraphs(xml)
    .filter((p) => p.includes('<w:pStyle w:val="Caption"/>'))
    .map(text);
/** Rows of each table as cell texts. */
const tables = (xml: string) =>
  all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g).map((t) =>
    all(t[0], /<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g).map((r) =>
      all(r[0], /<w:tc>[\s\S]*?<\/w:tc>/g).map((c) => unescape(text(c[0]))),
    ),
  );
const footnoteTexts = (model: ReportModel) =>
  [
    ...model.sections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === "paragraph" && typeof b.text !== "string" ? (b.text as ReportRun[]).map((r) => r.footnote) : [],
      ),
    ),
  ].filter((f): f is string => typeof f === "string");

/** Cheap pictures of two shapes, for the English report: the XML checks need real PNGs, not real charts. */
async function plainPictures(): Promise<PictureOf> {
  const draw = (w: number, h: number) =>
    rasteriseSvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect x="10" y="10" width="100" height="50" fill="#0067A5"/></svg>`,
      {
        widthCm: 12,
      },
    );
  const [wide, tall] = await Promise.all([draw(640, 300), draw(640, 420)]);
  return (_code, kind) => ({ ...(kind === "ranking" ? tall : wide), widthCm: 12 });
}

const reports: Partial<Record<Lang, { model: ReportModel; parts: Parts; ms: number }>> = {};

before(async () => {
  for (const [lang, pictures] of [
    ["id", await sampleFigures("id")],
    ["en", await plainPictures()],
  ] as const) {
    const model = fixtureReport(lang, pictures);
    const t0 = performance.now();
    const bytes = await writeReport(model);
    reports[lang] = { model, parts: await unzip(bytes), ms: performance.now() - t0 };
  }
});
const report = (lang: Lang) => reports[lang]!;

describe("writeReport", () => {
  it("uses Word's built-in styles only, under Word's own names, so a template's styles take over on paste", () => {
    const { parts } = report("id");
    const used = new Set(all(parts["word/document.xml"]!, /<w:pStyle w:val="([^"]+)"\/>/g).map((m) => m[1]));
    assert.deepEqual([...used].sort(), ["Caption", "Heading1", "Heading2", "ListParagraph", "Title"]);
    const names = Object.fromEntries(
      all(parts["word/styles.xml"]!, /<w:style [^>]*w:styleId="([^"]+)"[^>]*><w:name w:val="([^"]+)"\/>/g).map((m) => [
        m[1],
        m[2],
      ]),
    );
    assert.deepEqual(
      [
        names.Normal,
        names.Title,
        names.Heading1,
        names.Heading2,
        names.Caption,
        names.ListParagraph,
        names.TableGrid,
        names.FootnoteText,
      ],
      ["Normal", "Title", "heading 1", "heading 2", "caption", "List Paragraph", "Table Grid", "footnote text"],
    );
    const tableStyles = all(parts["word/document.xml"]!, /<w:tblStyle w:val="([^"]+)"\/>/g).map((m) => m[1]);
    assert.deepEqual(tableStyles, ["TableGrid"]);
  });

  for (const [lang, tag, other] of [
    ["id", "id-ID", "en-US"],
    ["en", "en-US", "id-ID"],
  ] as const) {
    it(`tags the style defaults and every run of text ${tag}, in the body and the footnotes`, () => {
      const { parts } = report(lang);
      assert.match(
        parts["word/styles.xml"]!,
        new RegExp(`<w:rPrDefault><w:rPr>.*<w:lang w:val="${tag}"/>.*</w:rPr></w:rPrDefault>`),
      );
      const runs = ["word/document.xml", "word/footnotes.xml"].flatMap((p) =>
        all(parts[p]!, /<w:r>[\s\S]*?<\/w:r>/g).map((m) => m[0]),
      );
      const withText = runs.filter((r) => r.includes("<w:t"));
      assert.ok(withText.length > 100, `${withText.length} runs of text`);
      assert.deepEqual(
        withText.filter((r) => !r.includes(`<w:lang w:val="${tag}"/>`)),
        [],
        "runs without the language tag",
      );
      assert.ok(!Object.values(parts).some((x) => typeof x === "string" && x.includes(other)), `no ${other} anywhere`);
    });
  }

  it("is A4 portrait with 2.5 cm margins", () => {
    const doc = report("id").parts["word/document.xml"]!;
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    for (const side of ["top", "right", "bottom", "left"]) assert.match(margins, new RegExp(`w:${side}="1417"`), side);
  });

  it("writes the scorecard's cells exactly as the model has them, the header row repeated on every page", () => {
    const { model, parts } = report("id");
    const doc = parts["word/document.xml"]!;
    const [scorecard, ...rest] = tables(doc);
    assert.equal(rest.length, 0);
    assert.deepEqual(scorecard, [model.scorecard.table.header, ...model.scorecard.table.rows]);
    assert.deepEqual(scorecard![4]!.slice(0, 2), ["IKG", "0,571"]);
    const rows = all(doc, /<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g).map((m) => m[0]);
    assert.deepEqual(
      rows.map((r) => r.includes("<w:tblHeader/>")),
      [true, false, false, false, false],
    );
  });

  it("puts each source as a footnote right after the text it belongs to, numbered in order", () => {
    const { model, parts } = report("id");
    const expected = footnoteTexts(model);
    assert.equal(expected.length, 4);
    const notes = all(parts["word/footnotes.xml"]!, /<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g).filter(
      (m) => Number(m[1]) > 0,
    );
    assert.deepEqual(
      notes.map((m) => [Number(m[1]), text(m[2]!)]),
      expected.map((t, i) => [i + 1, t]),
    );
    const doc = parts["word/document.xml"]!;
    assert.deepEqual(
      all(doc, /<w:footnoteReference w:id="(\d+)"\/>/g).map((m) => Number(m[1])),
      [1, 2, 3, 4],
    );
    // The first reference follows the IPM sentence's run: "… sebesar 70,61", then the mark.
    assert.match(
      doc,
      /sebesar 70,61<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/,
    );
  });

  it("places each chart at its printed width and 300 dpi, with its alt text", () => {
    const { model, parts } = report("id");
    const doc = parts["word/document.xml"]!;
    const rels = Object.fromEntries(
      all(parts["word/_rels/document.xml.rels"]!, /Id="([^"]+)"[^>]*Target="([^"]+)"/g).map((m) => [m[1], m[2]]),
    );
    const drawings = all(doc, /<w:drawing>[\s\S]*?<\/w:drawing>/g).map((m) => m[0]);
    const figures = INDEX_CODES.flatMap((_, i) =>
      CHART_KINDS.map((_, k) => model.sections[i]!.blocks.filter((b) => b.kind === "figure")[k]!),
    );
    assert.equal(drawings.length, 12);
    assert.equal(figures.length, 12);
    drawings.forEach((d, i) => {
      const f = figures[i]!.kind === "figure" ? figures[i]!.figure : assert.fail("not a figure");
      const [cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(d)!.slice(1).map(Number) as [number, number];
      const png = pngSize(parts.media[rels[/r:embed="([^"]+)"/.exec(d)![1]!]!]!);
      assert.equal(cx, f.widthCm * 360000, "printed width");
      assert.ok(Math.abs(png.widthPx / (cx / 914400) - 300) < 0.5, `${png.widthPx} px over ${cx} EMU is 300 dpi across`);
      assert.ok(Math.abs(png.heightPx / (cy / 914400) - 300) < 0.5, `${png.heightPx} px over ${cy} EMU is 300 dpi down`);
      const docPr = /<wp:docPr ([^>]*)\/>/.exec(d)![1]!;
      assert.equal(unescape(/title="([^"]*)"/.exec(docPr)![1]!), f.alt.title);
      assert.equal(unescape(/descr="([^"]*)"/.exec(docPr)![1]!), f.alt.description);
    });
  });

  it("numbers the captions in order: Gambar 1–12 below the charts, Tabel 1 above the scorecard; Figure and Table in English", () => {
    const id = captions(report("id").parts["word/document.xml"]!);
    assert.equal(id[0], "Tabel 1. Posisi menuju 2029, Kabupaten Kotabaru");
    assert.deepEqual(
      id.slice(1).map((c) => /^Gambar (\d+)\. /.exec(c)?.[1]),
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
    assert.equal(id[1], "Gambar 1. Tren IPM Kabupaten Kotabaru dan target 2029");
    const en = captions(report("en").parts["word/document.xml"]!);
    assert.deepEqual([en[0]!.slice(0, 9), en[12]!.slice(0, 11)], ["Table 1. ", "Figure 12. "]);
  });

  it("asks nothing when it opens: no fields, no update-fields setting, no macros; external links are plain hyperlinks", () => {
    const { parts } = report("id");
    const xml = Object.entries(parts).filter(([, v]) => typeof v === "string") as [string, string][];
    for (const needle of [
      "w:fldSimple",
      "w:fldChar",
      "w:instrText",
      "w:updateFields",
      "vbaProject",
      "oleObject",
      "w:attachedTemplate",
    ])
      assert.deepEqual(
        xml.filter(([, v]) => v.includes(needle)).map(([k]) => k),
        [],
        needle,
      );
    const external = xml.flatMap(([, v]) => all(v, /<Relationship [^>]*TargetMode="External"[^>]*\/>/g).map((m) => m[0]));
    assert.equal(external.length, 5, "the dashboard's address and four sources");
    assert.deepEqual(
      external.filter((r) => !r.includes('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"')),
      [],
    );
  });

  it("takes the time it takes for 12 chart-sized pictures (printed; the budget is the bench's)", (t) => {
    const { ms, parts } = report("id");
    assert.equal(Object.keys(parts.media).length, 12);
    t.diagnostic(`writeReport, fixture with 12 charts at 16 cm, 300 dpi: ${Math.round(ms)} ms`);
  });

  it("refuses a picture whose size is not the model's, and a row with a missing cell", async () => {
    const { model } = report("en");
    const [first, ...others] = model.sections;
    const figure = first!.blocks.find((b) => b.kind === "figure")!;
    const wrong = { ...figure, figure: { ...(figure.kind === "figure" ? figure.figure : assert.fail()), widthPx: 100 } };
    const withWrongPicture = { ...model, sections: [{ ...first!, blocks: [wrong] }, ...others] };
    await assert.rejects(writeReport(withWrongPicture), /the PNG is \d+×\d+ px, not 100×/);
    const rows = [["IKG", "0.571"]];
    await assert.rejects(
      writeReport({ ...model, scorecard: { ...model.scorecard, table: { ...model.scorecard.table, rows } } }),
      /row 1 has 2 cells for 7 columns/,
    );
  });
});
