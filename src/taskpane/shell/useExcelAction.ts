import { useCallback, useState } from "react";

export interface Notice {
  intent: "success" | "info";
  text: string;
}

/**
 * Runs one Excel action at a time and keeps its outcome for the message bar: a notice on
 * success, the error otherwise. Never lets a rejection escape.
 */
export function useExcelAction(): {
  busy: boolean;
  notice: Notice | null;
  error: unknown;
  run: (action: () => Promise<Notice>) => Promise<void>;
  dismiss: () => void;
  fail: (error: unknown) => void;
} {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(async (action: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(null);
    setError(null);
    try {
      setNotice(await action());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);
  const dismiss = useCallback(() => {
    setNotice(null);
    setError(null);
  }, []);
  const fail = useCallback((caught: unknown) => setError(caught), []);
  return { busy, notice, error, run, dismiss, fail };
}
