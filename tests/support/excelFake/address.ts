/** A1 addresses for the fake: a rectangle of 0-based rows and columns. */
export interface Area {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function parseCell(text: string): { row: number; column: number } {
  const match = CELL.exec(text.trim());
  if (!match) throw new RangeError(`Not a cell: ${text}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]!) };
}

/** "B3" or "B3:F40" (an optional "Sheet!" prefix is dropped: the sheet comes from the proxy). */
export function parseArea(address: string): Area {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, last = first] = local.split(":");
  const a = parseCell(first!);
  const b = parseCell(last!);
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.column, b.column);
  return { top, left, rows: Math.abs(a.row - b.row) + 1, columns: Math.abs(a.column - b.column) + 1 };
}

export function areaAddress(area: Area): string {
  const first = `${columnLetters(area.left)}${area.top + 1}`;
  if (area.rows === 1 && area.columns === 1) return first;
  return `${first}:${columnLetters(area.left + area.columns - 1)}${area.top + area.rows}`;
}

/** Sheet name as Excel prints it in an address: quoted unless plain ASCII. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
