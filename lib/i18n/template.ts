/**
 * Text that travels to the browser is a template, not a function: "Halaman {page} dari {pages}".
 * Templates are plain strings, so a server component can hand them to a client component as props,
 * and the browser is sent only the strings it uses, never a dictionary.
 */
export type Params = Record<string, string | number>;

/** Fill `{name}` placeholders; a placeholder without a value is left as written, so a gap shows. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
