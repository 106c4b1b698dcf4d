/**
 * Groups checks for display by the paper's four layers (Table 5) or by TEDI subsystem, using the
 * catalog's placement of each indicator. Checks of indicators outside Table 5 go to "other".
 */
import { type TediLayer, type TediSubsystem, indicatorById } from "../../core/park";
import type { CheckOutcome } from "../../core/sheet";

export type GroupMode = "layer" | "subsystem";
export type LayerKey = TediLayer | "other";
export type SubsystemKey = TediSubsystem | "other";

export interface CheckGroup {
  key: LayerKey | SubsystemKey;
  checks: CheckOutcome[];
}

const LAYER_ORDER: readonly LayerKey[] = [
  "core-compliance",
  "dynamic-optimisation",
  "technology-innovation",
  "institutional",
  "other",
];
const SUBSYSTEM_ORDER: readonly SubsystemKey[] = ["T", "E", "D", "I", "other"];

export function groupChecks(checks: readonly CheckOutcome[], mode: GroupMode): CheckGroup[] {
  const order = mode === "layer" ? LAYER_ORDER : SUBSYSTEM_ORDER;
  const groups = new Map<string, CheckOutcome[]>(order.map((key) => [key, []]));
  for (const check of checks) {
    const tedi = indicatorById(check.indicatorId)?.tedi;
    const key = tedi ? (mode === "layer" ? tedi.layer : tedi.subsystem) : "other";
    groups.get(key)!.push(check);
  }
  return order.map((key) => ({ key, checks: groups.get(key)! })).filter((group) => group.checks.length > 0);
}
