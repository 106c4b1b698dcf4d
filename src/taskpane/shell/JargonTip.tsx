import {
  Button,
  Link,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, languageTag } from "../../i18n";
import { useI18n } from "./i18nContext";

export type JargonTerm = "tedi" | "lens" | "band" | "see" | "benchmark" | "deMinimis";

/** The function whose help page explains the term, where there is one. */
const HELP_FUNCTION: Partial<Record<JargonTerm, string>> = {
  tedi: "TEDI_SCORE",
  band: "PARK_INTENSITY",
  see: "CBAM_COST",
  benchmark: "CBAM_COST",
  deMinimis: "CBAM_DEMINIMIS",
};

const useStyles = makeStyles({
  trigger: { minWidth: "24px", width: "24px", height: "24px", padding: 0 },
  surface: { maxWidth: "260px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A "?" beside a word of jargon: one sentence, and the function help page where one exists. */
export function JargonTip({ term }: { term: JargonTerm }) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const helpId = HELP_FUNCTION[term];
  return (
    <Popover withArrow positioning="below">
      <PopoverTrigger disableButtonEnhancement>
        <Button
          className={styles.trigger}
          size="small"
          shape="circular"
          appearance="subtle"
          aria-label={format(s.jargon.tipLabel, { term: s.jargon.terms[term] })}
          data-jargon={term}
        >
          ?
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} lang={languageTag(language)}>
        <span>{s.jargon.text[term]}</span>
        {helpId ? (
          <Link href={`taskpane.html?help=${helpId}&lang=${language}`} target="_blank" rel="noopener">
            {format(s.jargon.helpLink, { name: helpId })}
          </Link>
        ) : null}
      </PopoverSurface>
    </Popover>
  );
}
