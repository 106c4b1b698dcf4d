/**
 * The function-help page (taskpane.html?help=ID): what Excel opens, in a browser, from a custom
 * function's help link, and the manifest's support link. It needs no Excel: it reads the same
 * metadata files Excel reads from the page's own origin.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { UiLanguage } from "../../core/shared/localizedText";
import { format, languageTag, uiStrings } from "../../i18n";
import { LanguageToggle } from "../shell/LanguageToggle";
import { I18nContext } from "../shell/i18nContext";
import { useAppTheme } from "../shell/useAppTheme";
import { FunctionHelp, FunctionIndex } from "./FunctionHelp";
import { FUNCTION_NAMESPACE, type FunctionEntry, findFunction, metadataFileFor } from "./functionMetadata";
import { HelpLink } from "./HelpLink";
import { helpLanguage, helpSearch, readHelpRoute } from "./helpRoute";
import { useHelpStyles } from "./helpStyles";
import { type MetadataFailure, MetadataLoadError, loadFunctionMetadata } from "./loadFunctionMetadata";

export interface FunctionHelpPageProps {
  /** Office's display language tag, only when the page runs inside Office. */
  officeLanguage?: string;
  /** The browser's language (navigator.language). */
  browserLanguage?: string;
}

type LoadState =
  | { status: "loading"; language: UiLanguage }
  | { status: "ready"; language: UiLanguage; functions: FunctionEntry[] }
  | { status: "error"; language: UiLanguage; failure: MetadataFailure };

/** office.js removes pushState/replaceState (hosts that lack them); in-page navigation needs both. */
function historyUsable(): boolean {
  return (
    typeof window.history?.pushState === "function" && typeof window.history?.replaceState === "function"
  );
}

function failureOf(error: unknown, language: UiLanguage): MetadataFailure {
  if (error instanceof MetadataLoadError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "network", file: metadataFileFor(language), detail };
}

/** Loads the metadata of a language once per page (toggling back does not fetch again). */
function useFunctionMetadata(language: UiLanguage): LoadState {
  const cache = useRef(new Map<UiLanguage, FunctionEntry[]>());
  const [state, setState] = useState<LoadState>({ status: "loading", language });
  useEffect(() => {
    const cached = cache.current.get(language);
    if (cached) {
      setState({ status: "ready", language, functions: cached });
      return undefined;
    }
    const controller = new AbortController();
    setState({ status: "loading", language });
    loadFunctionMetadata(language, { signal: controller.signal }).then(
      (functions) => {
        cache.current.set(language, functions);
        if (!controller.signal.aborted) setState({ status: "ready", language, functions });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: "error", language, failure: failureOf(error, language) });
      },
    );
    return () => controller.abort();
  }, [language]);
  // A state left from the previous language is still loading as far as the page is concerned.
  return state.language === language ? state : { status: "loading", language };
}

export function FunctionHelpPage({ officeLanguage, browserLanguage }: FunctionHelpPageProps) {
  const styles = useHelpStyles();
  const theme = useAppTheme();
  const initialRoute = useMemo(() => readHelpRoute(window.location.search), []);
  const [functionId, setFunctionId] = useState<string | null>(initialRoute?.functionId ?? null);
  const [language, setLanguageState] = useState<UiLanguage>(() =>
    helpLanguage(initialRoute ?? { functionId: null, language: null }, officeLanguage, browserLanguage),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const load = useFunctionMetadata(language);
  const s = uiStrings(language);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      if (historyUsable())
        window.history.replaceState(null, "", helpSearch(window.location.search, functionId, next));
      setLanguageState(next);
    },
    [functionId],
  );
  const i18n = useMemo(() => ({ language, s, setLanguage }), [language, s, setLanguage]);
  const searchFor = useCallback(
    (id: string | null) => helpSearch(window.location.search, id, language),
    [language],
  );
  // Without the history API the links load their page like any link.
  const onNavigate = useMemo(
    () =>
      historyUsable()
        ? (search: string) => {
            window.history.pushState(null, "", search);
            setFunctionId(readHelpRoute(search)?.functionId ?? null);
            focusHeading.current = true;
          }
        : undefined,
    [],
  );

  // Back and forward between help pages.
  useEffect(() => {
    const onPopState = () => {
      const route = readHelpRoute(window.location.search);
      if (!route) return;
      setFunctionId(route.functionId);
      if (route.language) setLanguageState(route.language);
      focusHeading.current = true;
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const fn = load.status === "ready" && functionId ? findFunction(load.functions, functionId) : undefined;

  useEffect(() => {
    document.documentElement.lang = languageTag(language);
    document.title = fn ? `${FUNCTION_NAMESPACE}.${fn.name} · ${s.help.title}` : s.help.title;
  }, [language, fn, s]);

  // After an in-page navigation, move focus to the new page's heading (as a page load would).
  useEffect(() => {
    if (focusHeading.current && headingRef.current) {
      focusHeading.current = false;
      headingRef.current.focus();
    }
  });

  let body;
  if (load.status === "loading") {
    body = (
      <p className={styles.paragraph} role="status">
        {s.help.loading}
      </p>
    );
  } else if (load.status === "error") {
    const { failure } = load;
    const detail =
      failure.kind === "http"
        ? format(s.help.httpError, { file: failure.file, status: failure.status })
        : format(failure.kind === "network" ? s.help.networkError : s.help.formatError, {
            file: failure.file,
            detail: failure.detail,
          });
    body = (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.help.loadFailedTitle}</MessageBarTitle>
          {detail} {s.help.retryHint}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (fn) {
    body = (
      <FunctionHelp
        fn={fn}
        functions={load.functions}
        headingRef={headingRef}
        searchFor={searchFor}
        onNavigate={onNavigate}
      />
    );
  } else {
    body = (
      <>
        {functionId && (
          <MessageBar intent="warning" layout="multiline" role="alert" className={styles.message}>
            <MessageBarBody>
              <MessageBarTitle>{format(s.help.unknownTitle, { id: functionId })}</MessageBarTitle>
              {s.help.unknownBody}
            </MessageBarBody>
          </MessageBar>
        )}
        <FunctionIndex
          functions={load.functions}
          headingRef={headingRef}
          searchFor={searchFor}
          onNavigate={onNavigate}
        />
      </>
    );
  }

  return (
    <FluentProvider theme={theme}>
      <I18nContext.Provider value={i18n}>
        <div className={styles.root}>
          <div className={styles.column}>
            <header className={styles.header}>
              <p className={styles.site}>{s.help.title}</p>
              <div className={styles.headerEnd}>
                {fn && (
                  <HelpLink search={searchFor(null)} onNavigate={onNavigate}>
                    {s.help.allFunctions}
                  </HelpLink>
                )}
                <LanguageToggle label={s.help.languageToggleLabel} />
              </div>
            </header>
            <main>{body}</main>
          </div>
        </div>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
