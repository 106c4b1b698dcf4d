import { useCallback, useState } from "react";
import { type Notice, type Ordered, type PaneMessage, nextOrder } from "./paneMessage";

export type { Notice } from "./paneMessage";

/**
 * Runs one Excel action at a time and keeps its outcome as the latest message: a notice on
 * success, the error otherwise. Never lets a rejection escape.
 */
export function useExcelAction(): {
  busy: boolean;
  last: Ordered<PaneMessage> | null;
  run: (action: () => Promise<Notice>) => Promise<void>;
  fail: (error: unknown) => void;
} {
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<Ordered<PaneMessage> | null>(null);

  const run = useCallback(async (action: () => Promise<Notice>) => {
    setBusy(true);
    try {
      const notice = await action();
      setLast({ order: nextOrder(), value: { kind: "notice", ...notice } });
    } catch (caught) {
      setLast({ order: nextOrder(), value: { kind: "error", error: caught } });
    } finally {
      setBusy(false);
    }
  }, []);
  const fail = useCallback(
    (caught: unknown) => setLast({ order: nextOrder(), value: { kind: "error", error: caught } }),
    [],
  );
  return { busy, last, run, fail };
}
