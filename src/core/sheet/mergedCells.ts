import { type AddressBook, columnIndex } from "./a1";

interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const AREA = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

/** "A5:A6" (or "'Sheet 1'!A5:A6") → 0-based sheet rows and columns; null when not an address. */
export function parseArea(address: string): Area | null {
  const local = address.slice(address.lastIndexOf("!") + 1).trim();
  const match = AREA.exec(local);
  if (!match) return null;
  const top = Number(match[2]) - 1;
  const left = columnIndex(match[1]!);
  const bottom = match[4] === undefined ? top : Number(match[4]) - 1;
  const right = match[3] === undefined ? left : columnIndex(match[3]);
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/**
 * Where a blank cell inside a merged area takes its content from: the area's top-left cell, as
 * Excel shows it ("a label merged over two year rows applies to both"). Areas are indexed by
 * column and sorted by their top row, so a lookup is a binary search, not a scan.
 */
export class MergeLookup {
  private readonly byColumn = new Map<number, Area[]>();

  constructor(
    areas: readonly string[] | undefined,
    private readonly addresses: AddressBook,
  ) {
    for (const address of areas ?? []) {
      const area = parseArea(address);
      if (!area || (area.top === area.bottom && area.left === area.right)) continue;
      // Only the columns the reader asks about matter; a merge wider than 300 columns is a title.
      for (let column = area.left; column <= Math.min(area.right, area.left + 300); column++) {
        const list = this.byColumn.get(column);
        if (list) list.push(area);
        else this.byColumn.set(column, [area]);
      }
    }
    for (const list of this.byColumn.values()) list.sort((a, b) => a.top - b.top);
  }

  /** The block position of the merge's top-left cell when (row, column) of the block lies inside one. */
  masterOf(row: number, column: number): { row: number; column: number } | null {
    if (this.byColumn.size === 0) return null;
    const sheetRow = this.addresses.sheetRow(row) - 1;
    const sheetColumn = column + this.addresses.columnOffset;
    const list = this.byColumn.get(sheetColumn);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    let found: Area | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.top <= sheetRow) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!found || found.bottom < sheetRow || (found.top === sheetRow && found.left === sheetColumn))
      return null;
    const masterRow = this.addresses.blockRow(found.top);
    if (masterRow === null) return null;
    return { row: masterRow, column: found.left - this.addresses.columnOffset };
  }
}
