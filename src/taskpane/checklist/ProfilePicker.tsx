import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { THRESHOLD_PROFILES } from "../../core/park";
import { format } from "../../i18n";
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
  collapsed: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  names: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/**
 * Threshold profiles as a group of checkboxes (keyboard: Tab to move, Space to toggle). Once a
 * sheet has been validated (`compact`), one line names the choice, with a button to change it.
 */
export function ProfilePicker({
  selected,
  onToggle,
  compact,
}: {
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  compact: boolean;
}) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  if (compact && !expanded) {
    const names = THRESHOLD_PROFILES.filter((profile) => selected.includes(profile.id))
      .map((profile) => profile.name[language])
      .join(language === "zh" ? "、" : ", ");
    const summary = format(s.profilesCollapsed.summary, { count: selected.length, names });
    return (
      <div className={styles.collapsed} data-testid="profiles-collapsed">
        <Caption1 className={styles.names} title={summary}>
          {summary}
        </Caption1>
        <Button size="small" appearance="subtle" onClick={() => setExpanded(true)}>
          {s.profilesCollapsed.change}
        </Button>
      </div>
    );
  }
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
      {compact ? (
        <div>
          <Button size="small" onClick={() => setExpanded(false)}>
            {s.profilesCollapsed.done}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
