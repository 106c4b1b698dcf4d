import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { format } from "../../i18n";
import { describeError } from "./describeError";
import { useI18n } from "./i18nContext";
import { type PaneMessage, renderMessageText } from "./paneMessage";

const useStyles = makeStyles({
  // Read by screen readers, not shown.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface MessageAreaProps {
  /** The newest message, or null. */
  message: PaneMessage | null;
  /** Something to announce that has no visible bar (e.g. a validation's verdict). */
  announcement?: string;
  onDismiss: () => void;
}

/**
 * The outcome of the last action, newest only: an error saying what to do, or a short confirmation.
 * Two live regions stay in the page at all times (a region added together with its text is not
 * announced): errors appear in the alert one, confirmations and results in the polite one. A result
 * with no bar of its own (a validation, shown by the verdict card) is announced from a hidden line.
 */
export function MessageArea({ message, announcement, onDismiss }: MessageAreaProps) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const error = message?.kind === "error" ? describeError(message.error, s, language) : null;
  const notice = message?.kind === "notice" ? renderMessageText(message.text, language) : null;
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" aria-label={s.actions.dismiss} onClick={onDismiss}>
          ×
        </Button>
      }
    />
  );
  return (
    <>
      <div role="alert" data-testid="live-alert">
        {error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.errors.title}</MessageBarTitle>
              {error.message}
              {error.detail ? (
                <div className="zc-detail">{format(s.errors.detail, { detail: error.detail })}</div>
              ) : null}
            </MessageBarBody>
            {dismiss}
          </MessageBar>
        ) : null}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="live-status">
        {notice && message?.kind === "notice" ? (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
            {dismiss}
          </MessageBar>
        ) : null}
        {!message && announcement ? <span className={styles.hidden}>{announcement}</span> : null}
      </div>
    </>
  );
}
