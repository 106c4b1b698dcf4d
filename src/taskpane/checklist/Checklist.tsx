import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ValidationResult } from "../../core/sheet";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { type CheckGroup, type GroupMode, groupChecks } from "./groupChecks";
import { CheckItem } from "./CheckItem";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** Checks grouped by the paper's four layers or by TEDI subsystem, in collapsible sections. */
export function Checklist({
  result,
  onSelectCell,
}: {
  result: ValidationResult;
  onSelectCell: (cell: string) => void;
}) {
  const { s } = useI18n();
  const styles = useStyles();
  const [mode, setMode] = useState<GroupMode>("layer");
  const groups = groupChecks(result.checks, mode);
  const title = (group: CheckGroup) =>
    mode === "layer"
      ? s.checklist.layers[group.key as keyof typeof s.checklist.layers]
      : s.checklist.subsystems[group.key as keyof typeof s.checklist.subsystems];

  return (
    <section aria-labelledby="zc-checklist-heading">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="zc-checklist-heading">
          {s.checklist.heading}
        </Subtitle2>
        <RadioGroup
          layout="horizontal"
          aria-label={s.checklist.groupBy}
          value={mode}
          onChange={(_, data) => setMode(data.value as GroupMode)}
        >
          <Radio value="layer" label={s.checklist.groupByLayer} />
          <Radio value="subsystem" label={s.checklist.groupBySubsystem} />
        </RadioGroup>
      </div>
      <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.key)} key={mode}>
        {groups.map((group) => (
          <AccordionItem key={group.key} value={group.key}>
            <AccordionHeader as="h3">
              {title(group)} ({format(s.checklist.groupCount, { count: group.checks.length })})
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={title(group)}>
                {group.checks.map((check) => (
                  <CheckItem
                    key={`${check.profileId}/${check.checkId}`}
                    check={check}
                    onSelectCell={onSelectCell}
                  />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
