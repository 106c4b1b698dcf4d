import { makeStyles, tokens } from "@fluentui/react-components";

export const useSupplierStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "560px" },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  findings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
