/** Renders the help page at an address, with fetch serving the hand-built metadata. */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FunctionHelpPage, type FunctionHelpPageProps } from "../../../src/taskpane/help/FunctionHelpPage";
// Also polyfills TextEncoder/TextDecoder, which jsdom lacks.
import "../renderApp";

export function renderHelp(search: string, props: FunctionHelpPageProps = {}) {
  window.history.replaceState(null, "", `/taskpane.html${search}`);
  const user = userEvent.setup();
  const view = render(<FunctionHelpPage browserLanguage="en-US" {...props} />);
  return { user, ...view };
}
