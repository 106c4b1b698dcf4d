import { Caption1, Field, Select } from "@fluentui/react-components";
import type { ParkValidation } from "../../core/sheet";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";

/** Which park of a multi-park sheet the summary, checklist and report show. */
export function ParkPicker({
  parks,
  selected,
  onSelect,
}: {
  parks: readonly ParkValidation[];
  selected: number;
  onSelect: (index: number) => void;
}) {
  const { s } = useI18n();
  return (
    <Field
      label={s.parks.pickerLabel}
      hint={<Caption1>{format(s.parks.pickerHint, { count: parks.length })}</Caption1>}
    >
      <Select
        data-testid="park-picker"
        value={String(selected)}
        onChange={(_, data) => onSelect(Number(data.value))}
      >
        {parks.map((park, index) => (
          <option key={index} value={index}>
            {park.park ?? "—"}
          </option>
        ))}
      </Select>
    </Field>
  );
}
