import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { CheckStatus } from "../../core/sheet";
import { useI18n } from "../shell/i18nContext";

const COLOR: Record<CheckStatus, BadgeProps["color"]> = {
  pass: "success",
  fail: "danger",
  missing: "warning",
  "not-applicable": "informative",
  error: "severe",
  // Guidance, never a failure: neither green nor red.
  "meets-reference": "brand",
  "below-reference": "important",
};

/** Status as a coloured badge with its word (colour is never the only cue). */
export function StatusBadge({ status }: { status: CheckStatus }) {
  const { s } = useI18n();
  return (
    <Badge appearance="filled" color={COLOR[status]} shape="rounded">
      {s.status[status]}
    </Badge>
  );
}
