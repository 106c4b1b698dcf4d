import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the quote tab's sections. */
export const useQuoteStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The pane is narrow: wide tables scroll sideways inside their section, not the whole pane.
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // Figures never wrap, so tables get a minimum width and scroll rather than overlap.
  resultsTable: { minWidth: "400px" },
  pathTable: { minWidth: "640px" },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  numberHeader: { textAlign: "end" },
  total: { fontWeight: tokens.fontWeightSemibold },
  // Stacked, one field per line: a task pane is 320-450 px wide.
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  withTip: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    "> :first-child": { flexGrow: 1 },
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  barTrack: {
    width: "80px",
    height: "6px",
    marginLeft: "auto",
    marginTop: "2px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: { height: "6px", backgroundColor: tokens.colorBrandBackground },
  lineNote: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});
