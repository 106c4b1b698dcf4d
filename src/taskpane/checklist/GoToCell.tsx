import { Button } from "@fluentui/react-components";
import { splitSheetAddress } from "../../excel/sheetAddress";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";

/** "Go to B5": selects the cell in Excel. Its accessible name starts with the visible words. */
export function GoToCell({
  cell,
  indicator,
  onSelectCell,
  appearance = "secondary",
}: {
  cell: string;
  indicator: string;
  onSelectCell: (cell: string) => void;
  appearance?: "secondary" | "primary";
}) {
  const { s } = useI18n();
  const local = splitSheetAddress(cell).local;
  return (
    <Button
      size="small"
      appearance={appearance}
      onClick={() => onSelectCell(cell)}
      aria-label={format(s.checklist.selectCellLabel, { cell: local, indicator })}
    >
      {format(s.checklist.selectCell, { cell: local })}
    </Button>
  );
}
