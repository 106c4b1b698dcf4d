/** Splitting Excel addresses ("'Park ''A'' 排放'!B5") into sheet name and local address. */

export interface SheetAddress {
  /** Unquoted sheet name; null when the address has none. */
  sheetName: string | null;
  /** Local part, e.g. "B5" or "A1:E27". */
  local: string;
}

export function splitSheetAddress(address: string): SheetAddress {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheetName: null, local: address };
  const rawName = address.slice(0, bang);
  const quoted = rawName.startsWith("'") && rawName.endsWith("'") && rawName.length >= 2;
  const sheetName = quoted ? rawName.slice(1, -1).replace(/''/g, "'") : rawName;
  return { sheetName, local: address.slice(bang + 1) };
}

/** First cell of a local address: "A1:E27" → "A1". */
export function firstCell(local: string): string {
  return local.split(":")[0]!.replace(/\$/g, "");
}
