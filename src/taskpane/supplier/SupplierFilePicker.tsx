import { Label, useId } from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import { useSupplierStrings } from "./useSupplierStrings";

/** A labelled file input for one .xlsx template; the parent reads it (the xlsx reader loads on demand). */
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
  const id = useId("zc-supplier-file");
  const changed = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
    // The same file can be picked again after it was fixed.
    event.target.value = "";
  };
  return (
    <span>
      <Label htmlFor={id}>{label ?? t.readFile}</Label>{" "}
      <input
        id={id}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        onChange={changed}
      />
    </span>
  );
}
