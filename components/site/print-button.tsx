"use client";
/** Opens the browser's print dialog (print or save as PDF). Not printed itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="print-button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
