import { Field, ProgressBar } from "@fluentui/react-components";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";

/** Progress of the chunked validation (the validator yields between chunks, so this repaints). */
export function ValidationProgress({ value }: { value: number }) {
  const { s } = useI18n();
  const percent = Math.round(value * 100);
  return (
    <Field
      label={s.progress.label}
      validationMessage={format(s.progress.value, { percent })}
      validationState="none"
    >
      <ProgressBar value={value} max={1} thickness="large" aria-valuetext={`${percent}%`} />
    </Field>
  );
}
