/**
 * Rendering React + Fluent UI under jsdom at a speed a busy 2-core machine can afford.
 *
 * Measured (tests/taskpane, one file at a time): 80–90 % of a component test's time went into
 * jsdom's getComputedStyle, which matches every element against every CSS rule. Fluent's Griffel
 * inserts thousands of atomic rules, and Testing Library calls getComputedStyle for each candidate
 * of a `getByRole` query (is it hidden?) and user-event for each click (pointer-events). So:
 * - Griffel keeps only the rules that hide content (display:none / visibility:hidden), the ones that
 *   change what a screen reader or a role query sees (Fluent's tabs reserve width with hidden copies
 *   of their labels); colours, sizes and layout mean nothing to jsdom anyway.
 * - user-event types without timers between keystrokes (no keystroke can outlive its test) and
 *   skips the pointer-events check, which only reads styles jsdom does not compute.
 */
import { TextDecoder, TextEncoder } from "util";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { ReactElement } from "react";

// jsdom lacks these; Fluent and React may touch them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const HIDING_RULE = /display:\s*none|visibility:\s*hidden/;

export function renderInJsdom(ui: ReactElement) {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => HIDING_RULE.test(rule) });
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      {ui}
    </RendererProvider>,
  );
  return { user, ...view };
}
