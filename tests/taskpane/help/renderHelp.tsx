/** Renders the help page at an address, with fetch serving the hand-built metadata. */
import { FunctionHelpPage, type FunctionHelpPageProps } from "../../../src/taskpane/help/FunctionHelpPage";
import { renderInJsdom } from "../../support/dom/renderInJsdom";

export function renderHelp(search: string, props: FunctionHelpPageProps = {}) {
  window.history.replaceState(null, "", `/taskpane.html${search}`);
  return renderInJsdom(<FunctionHelpPage browserLanguage="en-US" {...props} />);
}
