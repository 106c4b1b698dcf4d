import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { THRESHOLD_PROFILES } from "../../core/park";
import { useI18n } from "../shell/i18nContext";

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** Threshold profiles as a group of checkboxes (keyboard: Tab to move, Space to toggle). */
export function ProfilePicker({
  selected,
  onToggle,
}: {
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const { s, language } = useI18n();
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{s.profiles.legend}</legend>
      {THRESHOLD_PROFILES.map((profile) => (
        <Checkbox
          key={profile.id}
          label={profile.name[language]}
          checked={selected.includes(profile.id)}
          onChange={(_, data) => onToggle(profile.id, data.checked === true)}
        />
      ))}
      <Caption1>{s.profiles.hint}</Caption1>
    </fieldset>
  );
}
