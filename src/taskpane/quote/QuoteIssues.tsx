import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** What to fix before the figures can be shown, one line per problem (cell-addressed after a read). */
export function QuoteIssues({ title, messages }: { title: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="quote-issues">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
