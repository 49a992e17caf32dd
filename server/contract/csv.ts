// CSV text: RFC 4180 (fields with a comma, quote, CR or LF are quoted, quotes doubled, CRLF line
// ends), and safe to open in a spreadsheet: a cell starting with = + - @ (or a tab / CR, which
// some spreadsheets skip before reading a formula) gets a leading apostrophe, so a comment such
// as =HYPERLINK(…) stays text instead of running as a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
