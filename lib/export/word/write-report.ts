/**
 * The Word report (.docx) from a ReportModel, through the `docx` package: a title block, the
 * scorecard table, one section per topic with its text, charts and tables, footnotes for the
 * sources where a figure first appears, and the source list at the end.
 *
 * A document a planner can edit: Word's built-in styles (./styles), every run tagged id-ID or
 * en-US, A4 with 2.5 cm margins, charts as 300 dpi pictures with alt text and a numbered caption,
 * and nothing that makes Word ask a question when the file opens: no fields (captions are numbered
 * here, as text), no "update fields" setting, no macros, no linked pictures; the only external
 * relationship is a plain hyperlink to the dashboard or a source.
 */
import { Document, Packer, PageOrientation, Paragraph, Table } from "docx";
import { bullets, figure, link, newBuild, paragraph, runs, table, textRun, type Build } from "./blocks";
import type { ReportBlock, ReportFact, ReportModel, ReportSection } from "./report-model";
import { A4, LANGUAGE_TAG, MARGIN, TABLE_GRID_STYLES, reportStyles } from "./styles";

type Body = (Paragraph | Table)[];

const heading = (b: Build, text: string, style: "Heading1" | "Heading2" | "Title") =>
  new Paragraph({ style, children: [textRun(b, text)] });

/** "Wilayah: Kabupaten Kotabaru", the label in bold. */
const fact = (b: Build, f: ReportFact) =>
  new Paragraph({ children: [textRun(b, `${f.label}: `, { bold: true }), textRun(b, f.value)] });

function titleBlock(b: Build, m: ReportModel["titleBlock"]): Body {
  const asOf = m.dataAsOf.facts.map((f) => `${f.label} ${f.value}`).join(" · ");
  return [
    heading(b, m.title, "Title"),
    fact(b, m.region),
    fact(b, m.date),
    fact(b, { label: m.dataAsOf.label, value: asOf }),
    new Paragraph({ children: [textRun(b, `${m.address.label}: `, { bold: true }), link(b, m.address.url)] }),
  ];
}

function block(b: Build, x: ReportBlock): Body {
  switch (x.kind) {
    case "heading":
      return [heading(b, x.text, "Heading2")];
    case "paragraph":
      return [paragraph(b, x.text)];
    case "bullets":
      return bullets(b, x.items);
    case "figure":
      return figure(b, x.figure);
    case "table":
      return table(b, x.table);
  }
}

const section = (b: Build, s: ReportSection): Body => [
  heading(b, s.heading, "Heading1"),
  ...s.blocks.flatMap((x) => block(b, x)),
];

function sources(b: Build, m: ReportModel["sources"]): Body {
  return [
    heading(b, m.heading, "Heading1"),
    ...m.items.map(
      (s) =>
        new Paragraph({
          indent: { left: 360, hanging: 360 },
          spacing: { after: 80 },
          children: [...runs(b, s.text), ...(s.url ? [textRun(b, " "), link(b, s.url)] : [])],
        }),
    ),
  ];
}

/** The body in reading order: the order in which captions and footnotes are numbered. */
function body(b: Build, model: ReportModel): Body {
  const { scorecard } = model;
  return [
    ...titleBlock(b, model.titleBlock),
    heading(b, scorecard.heading, "Heading1"),
    ...(scorecard.lead ? [paragraph(b, scorecard.lead)] : []),
    ...table(b, scorecard.table),
    ...model.sections.flatMap((s) => section(b, s)),
    ...sources(b, model.sources),
  ];
}

/** The .docx file's bytes. */
export async function writeReport(model: ReportModel): Promise<Uint8Array> {
  const tag = LANGUAGE_TAG[model.lang];
  const b = newBuild(tag, model.words);
  const children = body(b, model);
  const doc = new Document({
    creator: model.creator,
    title: model.titleBlock.title,
    externalStyles: TABLE_GRID_STYLES,
    styles: reportStyles(tag),
    footnotes: b.footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
