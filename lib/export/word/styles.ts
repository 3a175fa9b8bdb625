/**
 * The report's styles are Word's own built-in ones, under the names Word gives them in styles.xml
 * (Normal, Title, "heading 1", "heading 2", "caption", "Table Grid", "List Paragraph", "footnote
 * text"). Word knows a built-in style by that name, so a planner who pastes a section into their
 * own chapter gets their template's look for it (Word's "Use Destination Styles"), and their table
 * of contents picks up the headings. The looks given here are close to Word's own defaults: they
 * only matter where the report is read as it is.
 */
import { LineRuleType, type IStylesOptions } from "docx";

/** Word's language tags, for spelling and grammar, hyphenation and the decimal comma. */
export const LANGUAGE_TAG = { id: "id-ID", en: "en-US" } as const;

/** A4 and its text width with 2.5 cm margins, in twentieths of a point (twips). */
const TWIPS_PER_CM = 1440 / 2.54;
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = Math.round(2.5 * TWIPS_PER_CM);
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
export const TEXT_WIDTH_CM = 16;

/**
 * "Table Grid" as Word defines it (a thin single line around and between all cells, no space after
 * the paragraphs in the cells). docx writes paragraph and character styles from options but has no
 * option for a table style; it takes one from a styles part of Word's own XML ("externalStyles"),
 * and adds its own default styles around it.
 */
const NS = [
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
  `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`,
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`,
  `xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"`,
  `mc:Ignorable="w14 w15"`,
].join(" ");
export const TABLE_GRID_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>` +
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>` +
  `<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
  `<w:tblPr><w:tblBorders>` +
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join("") +
  `</w:tblBorders></w:tblPr></w:style></w:styles>`;
export const TABLE_STYLE = "TableGrid";

/** Heading colour of Word's default template. */
const HEADING_BLUE = "2F5496";

/** Styles given as options; docx writes them with its defaults and TABLE_GRID_STYLES. */
export function reportStyles(tag: string): IStylesOptions {
  const heading = (name: string, level: number, size: number, before: number) => ({
    name,
    run: { size, color: HEADING_BLUE, font: { theme: "headings" as const } },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level, spacing: { before, after: 80 } },
  });
  return {
    default: {
      // Every run inherits the language from here; runs carry it too (./blocks), so pasted text keeps it.
      // Word's own template: body text in the theme's body font (Calibri in docx's Office theme), headings in its heading font.
      document: { run: { size: 22, font: { theme: "body" }, language: { value: tag } } },
      title: { name: "Title", run: { size: 52, font: { theme: "headings" } }, paragraph: { spacing: { after: 200 } } },
      heading1: heading("heading 1", 0, 32, 360),
      heading2: heading("heading 2", 1, 26, 240),
      caption: {
        name: "caption",
        paragraph: { spacing: { before: 60, after: 240 } },
        run: { italics: true, size: 18, color: "44546A" },
      },
      listParagraph: { name: "List Paragraph", paragraph: { indent: { left: 720 }, spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: "Normal",
        name: "Normal",
        quickFormat: true,
        paragraph: { spacing: { after: 160, line: 264, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}
