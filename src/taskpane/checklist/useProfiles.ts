import { useCallback, useState } from "react";
import { DEFAULT_PROFILE_IDS, profileById } from "../../core/park";
import type { ChecklistExcel } from "./checklistExcel";

/** Selected threshold profiles: last choice in this workbook, else the core's default set. */
export function useProfiles(
  settings: Pick<ChecklistExcel, "loadProfileChoice" | "saveProfileChoice">,
  onSaveError: (error: unknown) => void,
): {
  profileIds: string[];
  toggleProfile: (id: string, on: boolean) => void;
} {
  const [profileIds, setProfileIds] = useState<string[]>(() => {
    const saved = settings.loadProfileChoice()?.filter((id) => profileById(id) !== undefined);
    return saved && saved.length > 0 ? saved : [...DEFAULT_PROFILE_IDS];
  });
  const toggleProfile = useCallback(
    (id: string, on: boolean) => {
      setProfileIds((current) => {
        const next = on ? [...new Set([...current, id])] : current.filter((other) => other !== id);
        settings.saveProfileChoice(next).catch(onSaveError);
        return next;
      });
    },
    [settings, onSaveError],
  );
  return { profileIds, toggleProfile };
}
