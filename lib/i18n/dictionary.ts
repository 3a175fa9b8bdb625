/**
 * The interface text of one language: `dict("id")` or `dict("en")`. The two modules have the same
 * shape (en.ts is typed by id.ts), so a missing translation is a type error, not a blank on screen.
 */
import { en } from "./en";
import { id } from "./id";
import type { Lang } from "./lang";

export type Dictionary = typeof id;
/** What client components are given as props: plain strings and {placeholder} templates. */
export type ClientText = Dictionary["client"];
/** Messages about data problems: for the build, the command line and the browser's CSV checker. */
export type IssueText = Dictionary["issues"];

// These two sections cross from server to browser as props, so they must stay plain text.
type PlainText = string | readonly string[] | { readonly [key: string]: PlainText };
id.client satisfies PlainText;
id.issues satisfies PlainText;

const DICTIONARIES: Record<Lang, Dictionary> = { id, en };

export function dict(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
