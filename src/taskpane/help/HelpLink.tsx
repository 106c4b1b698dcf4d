import { Link } from "@fluentui/react-components";
import type { MouseEvent, ReactNode } from "react";

export interface HelpLinkProps {
  /** Query string of the target help page, e.g. "?help=CBAM_COST&lang=en". */
  search: string;
  /** Called instead of a page load for a plain click; absent (or a modified click): a page load. */
  onNavigate: ((search: string) => void) | undefined;
  children: ReactNode;
}

/** A real link (keyboard, new tab, copy address) that switches pages without reloading. */
export function HelpLink({ search, onNavigate, children }: HelpLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onNavigate || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onNavigate(search);
  };
  return (
    <Link href={search} onClick={onClick}>
      {children}
    </Link>
  );
}
