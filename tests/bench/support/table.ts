/** A plain-text table with aligned columns (numbers right-aligned). */

export type TableCell = string | number;

function shown(cell: TableCell): string {
  if (typeof cell === "string") return cell;
  if (!Number.isFinite(cell)) return String(cell);
  return cell.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

export function formatTable(title: string, header: readonly string[], rows: readonly TableCell[][]): string {
  const text = [header.map(String), ...rows.map((row) => row.map(shown))];
  const widths = header.map((_, c) => Math.max(...text.map((row) => (row[c] ?? "").length)));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => typeof row[c] === "number"));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [title, line(text[0]!), rule, ...text.slice(1).map(line)].join("\n");
}
