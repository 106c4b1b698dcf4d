/** A1 helpers for messages that name a cell: 'ZC Quote'!E22. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function sheetCell(sheetName: string, column: string, row: number): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName);
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${column}${row}`;
}
