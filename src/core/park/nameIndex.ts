/**
 * Normalised name → indicators index shared by the matcher and the load-time validator.
 */
import { normalizeLabel } from "./normalize";
import type { IndicatorDefinition } from "./types";

export type SharedAlias = { alias: string; indicatorIds: readonly string[] };

/** Every name an indicator answers to: id, both names, aliases. */
export function namesOf(indicator: IndicatorDefinition): string[] {
  return [indicator.id, indicator.name.en, indicator.name.zh, ...indicator.aliases];
}

/** Normalised name → indicators answering to it (two or more only for intended shared aliases). */
export function buildNameIndex(
  indicators: readonly IndicatorDefinition[],
  sharedAliases: readonly SharedAlias[] = [],
): Map<string, IndicatorDefinition[]> {
  const index = new Map<string, IndicatorDefinition[]>();
  const add = (name: string, indicator: IndicatorDefinition): void => {
    const key = normalizeLabel(name);
    if (key === "") return;
    const list = index.get(key) ?? [];
    if (!list.includes(indicator)) list.push(indicator);
    index.set(key, list);
  };
  for (const indicator of indicators) for (const name of namesOf(indicator)) add(name, indicator);
  for (const shared of sharedAliases) {
    for (const id of shared.indicatorIds) {
      const indicator = indicators.find((candidate) => candidate.id === id);
      if (indicator) add(shared.alias, indicator);
    }
  }
  return index;
}
