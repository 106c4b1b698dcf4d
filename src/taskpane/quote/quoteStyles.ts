import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the quote tab's sections. */
export const useQuoteStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The pane is narrow: wide tables scroll sideways inside their section, not the whole pane.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  grid: { minWidth: "980px" },
  // Figures never wrap, so tables get a minimum width and scroll rather than overlap.
  resultsTable: { minWidth: "400px" },
  pathTable: { minWidth: "640px" },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  numberHeader: { textAlign: "end" },
  total: { fontWeight: tokens.fontWeightSemibold },
  cellInput: { width: "100%", minWidth: "72px" },
  invalid: { outline: `2px solid ${tokens.colorPaletteRedBorder2}` },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalM,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  barTrack: { width: "80px", height: "8px", backgroundColor: tokens.colorNeutralBackground3 },
  bar: { height: "8px", backgroundColor: tokens.colorBrandBackground },
  lineNote: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});
