/**
 * Writing a data table back as the project keeps it: comma-delimited, LF line ends, no BOM, quotes
 * only where a cell needs them. Reading a file and writing it back gives the same bytes, so an import
 * changes only the rows it means to.
 */
export function writeCsvTable(header: string[], rows: string[][]): string {
  const cell = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
}
