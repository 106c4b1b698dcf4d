import { Field } from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import { useSupplierStrings } from "./useSupplierStrings";

/** A file input for one .xlsx template; the parent reads it (the xlsx reader loads on demand). */
export function SupplierFilePicker({
  label,
  disabled,
  onFile,
}: {
  label?: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const { t } = useSupplierStrings();
  const changed = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) onFile(file);
  };
  return (
    <Field label={label ?? t.readFile}>
      <input
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        onChange={changed}
      />
    </Field>
  );
}
