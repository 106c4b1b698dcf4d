/** A1-style addresses for cells of a 2D values block whose top-left cell is `origin`. */

export interface CellOrigin {
  /** 0-based row of the block's top-left cell on the sheet. */
  row: number;
  /** 0-based column of the block's top-left cell on the sheet. */
  column: number;
}

const ORIGIN_PATTERN = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** "B3" (or "$B$3", or "Sheet1!B3:F40": the first cell counts) → {row: 2, column: 1}. */
export function parseOrigin(address: string | undefined): CellOrigin {
  if (address === undefined || address.trim() === "") return { row: 0, column: 0 };
  let cell = address.trim();
  const bang = cell.lastIndexOf("!");
  if (bang >= 0) cell = cell.slice(bang + 1);
  const colon = cell.indexOf(":");
  if (colon >= 0) cell = cell.slice(0, colon);
  const match = ORIGIN_PATTERN.exec(cell);
  if (!match) throw new RangeError(`Not an A1 cell address: "${address}"`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
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

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n - 1;
}

// Names Excel can write bare: ASCII letters, digits, underscore and dot, not starting with a digit
// and not readable as a cell reference (A1, XFD1048576, R1C1).
const BARE_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}[0-9]+$/;
const LOOKS_LIKE_R1C1 = /^[Rr][0-9]*[Cc][0-9]*$/;

/** Sheet name as it must appear before "!" in a reference: quoted with '' escaping when needed. */
export function quoteSheetName(name: string): string {
  const bare = BARE_SHEET_NAME.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Maps positions in the values block to sheet addresses ("C7", "'Park ''A'' 排放'!C7"). */
export class AddressBook {
  private readonly prefix: string;
  private blockRows: Map<number, number> | null = null;
  /**
   * `rowNumbers`: the 1-based sheet row of each block row, when the block holds only the rows that
   * have data (the command line reads a sheet that way, so a stray cell far below costs nothing).
   */
  constructor(
    sheetName: string,
    private readonly origin: CellOrigin,
    private readonly rowNumbers?: readonly number[],
  ) {
    this.prefix = sheetName === "" ? "" : `${quoteSheetName(sheetName)}!`;
  }

  /** Address without the sheet name, e.g. "C7". */
  local(row: number, column: number): string {
    return columnLetters(column + this.origin.column) + String(this.sheetRow(row));
  }

  /** Address with the sheet name, e.g. "'园区排放清单'!C7". */
  full(row: number, column: number): string {
    return this.prefix + this.local(row, column);
  }

  /** Column of the block's first cell on the sheet (0-based). */
  get columnOffset(): number {
    return this.origin.column;
  }

  /** 1-based sheet row number of a block row. */
  sheetRow(row: number): number {
    return this.rowNumbers?.[row] ?? row + this.origin.row + 1;
  }

  /** The block row of a 0-based sheet row, or null when the block does not hold that row. */
  blockRow(sheetRow: number): number | null {
    if (!this.rowNumbers) {
      const row = sheetRow - this.origin.row;
      return row >= 0 ? row : null;
    }
    if (!this.blockRows) {
      this.blockRows = new Map();
      this.rowNumbers.forEach((number, index) => this.blockRows!.set(number - 1, index));
    }
    return this.blockRows.get(sheetRow) ?? null;
  }
}

/** "'园区排放清单'!B5" → "B5": for messages about cells of the sheet being validated. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}
