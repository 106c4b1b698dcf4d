import { FluentProvider, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { uiStrings } from "../../i18n";
import { APP_TABS, type AppTab } from "./appTabs";
import { LanguageToggle } from "./LanguageToggle";
import { OutsideOfficeNotice } from "./OutsideOfficeNotice";
import { I18nContext } from "./i18nContext";
import { useAppTheme } from "./useAppTheme";
import { useLanguage } from "./useLanguage";
import { useValidation } from "../checklist/useValidation";
import type { PaneExcel } from "./paneExcel";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  panel: { paddingTop: tokens.spacingVerticalM },
  // Four tabs do not fit one row of a 320 px pane in English: they wrap instead of widening it.
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  /** False outside Excel (no Excel API): the pane shows a notice instead of the tools. */
  inExcel: boolean;
  /** The workbook actions, passed down to the tabs (index.tsx binds them to Office.js). */
  excel: PaneExcel;
  tabs?: readonly AppTab[];
}

export function App({ inExcel, excel, tabs = APP_TABS }: AppProps) {
  const styles = useStyles();
  const theme = useAppTheme();
  const [language, setLanguage] = useLanguage();
  const i18n = useMemo(() => ({ language, s: uiStrings(language), setLanguage }), [language, setLanguage]);
  const validation = useValidation(excel);
  const [selected, setSelected] = useState(tabs[0]!.id);
  const active = tabs.find((tab) => tab.id === selected) ?? tabs[0]!;
  const { s } = i18n;

  return (
    // Layout goes on an inner div: FluentProvider's classes are copied to portal nodes
    // (tooltips), and a full-height portal would cover the pane and swallow clicks.
    <FluentProvider theme={theme}>
      <I18nContext.Provider value={i18n}>
        <div className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{s.app.title}</Title3>
            <LanguageToggle />
          </header>
          {inExcel ? (
            <main>
              <TabList
                className={styles.tabs}
                selectedValue={active.id}
                onTabSelect={(_, data) => setSelected(String(data.value))}
                aria-label={s.app.tabsLabel}
              >
                {tabs.map((tab) => (
                  <Tab
                    key={tab.id}
                    id={`zc-tab-${tab.id}`}
                    value={tab.id}
                    aria-controls={`zc-panel-${tab.id}`}
                  >
                    {tab.label(s)}
                  </Tab>
                ))}
              </TabList>
              <div
                className={styles.panel}
                role="tabpanel"
                id={`zc-panel-${active.id}`}
                aria-labelledby={`zc-tab-${active.id}`}
              >
                <active.Panel validation={validation} excel={excel} />
              </div>
            </main>
          ) : (
            <main>
              <OutsideOfficeNotice />
            </main>
          )}
        </div>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
