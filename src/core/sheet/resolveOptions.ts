import { DEFAULT_PROFILE_IDS, THRESHOLD_PROFILES, type ThresholdProfile, profileById } from "../park";
import { InputError } from "../shared/inputError";
import { TRANSITION_RELAXATION_RANGE } from "../tedi";
import type { ValidateOptions } from "./types";

/** Profiles to check: the requested ids in order, or the default (verified) set. Unknown ids throw. */
export function resolveProfiles(ids: readonly string[] | undefined): ThresholdProfile[] {
  const wanted = ids === undefined || ids.length === 0 ? DEFAULT_PROFILE_IDS : ids;
  const unknown = wanted.filter((id) => !profileById(id));
  if (unknown.length > 0) {
    const known = THRESHOLD_PROFILES.map((profile) => profile.id).join(", ");
    throw new InputError("value", "profiles", {
      en: `Unknown profile ${unknown.map((id) => `"${id}"`).join(", ")}; available: ${known}.`,
      zh: `未知的检查方案 ${unknown.map((id) => `“${id}”`).join("、")}；可选：${known}。`,
    });
  }
  return [...new Set(wanted)].map((id) => profileById(id)!);
}

/** The transition relaxation, checked once up front (paper: 20-30 %). */
export function resolveRelaxation(options: ValidateOptions): number | undefined {
  const value = options.transitionRelaxation;
  if (value === undefined) return undefined;
  const { min, max } = TRANSITION_RELAXATION_RANGE;
  if (!(Number.isFinite(value) && value >= min && value <= max)) {
    throw new InputError("number", "transitionRelaxation", {
      en: `The transition relaxation must be between ${min} and ${max} (20-30 %), got ${value}.`,
      zh: `转型期放宽幅度应在${min}至${max}之间（20%~30%），当前为${value}。`,
    });
  }
  return value;
}

export const DEFAULT_CHUNK_ROWS = 5000;

export function resolveChunkRows(options: ValidateOptions): number {
  const rows = options.progressEveryRows;
  return rows !== undefined && Number.isInteger(rows) && rows > 0 ? rows : DEFAULT_CHUNK_ROWS;
}
