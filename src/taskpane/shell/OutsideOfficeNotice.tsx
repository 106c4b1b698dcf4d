import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "./i18nContext";

/** Shown when the page runs outside Excel (plain browser): says where to open it instead. */
export function OutsideOfficeNotice() {
  const { s } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.outside.title}</MessageBarTitle>
        {s.outside.body}
      </MessageBarBody>
    </MessageBar>
  );
}
