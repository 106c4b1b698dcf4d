import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { format } from "../../i18n";
import { useI18n } from "./i18nContext";
import type { Notice } from "./useExcelAction";
import { describeError } from "./describeError";

/** The outcome of the last action: an error saying what to do, or a short confirmation. */
export function MessageArea({
  error,
  notice,
  onDismiss,
}: {
  error: unknown;
  notice: Notice | null;
  onDismiss: () => void;
}) {
  const { s, language } = useI18n();
  if (!error && !notice) return null;
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" aria-label={s.actions.dismiss} onClick={onDismiss}>
          ×
        </Button>
      }
    />
  );
  if (error) {
    const { message, detail } = describeError(error, s, language);
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.errors.title}</MessageBarTitle>
          {message}
          {detail ? <div className="zc-detail">{format(s.errors.detail, { detail })}</div> : null}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={notice!.intent} role="status" layout="multiline">
      <MessageBarBody>{notice!.text}</MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
