/**
 * A data problem told to a data steward: where it is ("observations.csv, baris 14, kolom D (value)"),
 * what was found, what is wrong and what to do. Takes the messages of one language as an argument
 * (not the language), so the browser's CSV checker can use it with only the texts it was sent.
 */
import { columnLetter, type DataIssue } from "@/lib/data/issues";
import type { IssueText } from "@/lib/i18n/dictionary";
import type { IssueMessage } from "@/lib/i18n/id";
import { fill, type Params } from "@/lib/i18n/template";

/** Where the problem is: "observations.csv, baris 14, kolom D (value)". */
export function formatIssueLocation(issue: DataIssue, text: IssueText, dir?: string): string {
  const parts = [dir ? `${dir.replace(/\/$/, "")}/${issue.file}` : issue.file];
  if (issue.line !== null) {
    parts.push(
      issue.lineEnd !== undefined
        ? fill(text.lineRange, { count: issue.count ?? 0, from: issue.line, to: issue.lineEnd })
        : `${text.line} ${issue.line}`,
    );
  }
  if (issue.column !== null) {
    const letter = issue.columnIndex !== undefined ? columnLetter(issue.columnIndex) : null;
    parts.push(
      letter
        ? issue.column
          ? `${text.column} ${letter} (${issue.column})`
          : `${text.column} ${letter}`
        : `${text.column} ${issue.column}`,
    );
  }
  return parts.join(", ");
}

/** What is wrong and what to do, in the language of `text`. */
export function describeIssue(issue: DataIssue, text: IssueText): { what: string; todo: string } {
  const message: IssueMessage = text.messages[issue.code];
  const params: Params = { ...issue.params };
  // Code formats are named by kind in the data layer ("region") and described in words here.
  if (typeof params.format === "string" && params.format in text.codeFormats) {
    params.format = text.codeFormats[params.format as keyof IssueText["codeFormats"]];
  }
  // A second wording for when a parameter is present: "did you mean…" only with a suggestion.
  const when = Object.entries(message.todoWhen ?? {}).find(([key]) => params[key] !== undefined && params[key] !== "");
  return { what: fill(message.what, params), todo: fill(when ? when[1] : message.todo, params) };
}

/** One line for a terminal or log: location, the value found, what is wrong, what to do. */
export function formatIssue(issue: DataIssue, text: IssueText, dir?: string): string {
  const { what, todo } = describeIssue(issue, text);
  const found = issue.value !== null && issue.value !== "" ? ` "${truncate(issue.value)}"` : "";
  return `${formatIssueLocation(issue, text, dir)}:${found} ${what}. ${todo}`;
}

function truncate(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
