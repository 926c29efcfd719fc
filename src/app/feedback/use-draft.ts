import { useEffect, useRef, useState } from 'react';
import { db } from '../../db/database.ts';

const SAVE_DELAY_MS = 300;

/**
 * Form fields kept in IndexedDB as the resident types (debounced), so a draft survives reload, an
 * app update and a crash. Returns undefined until the stored draft (or `initial`) is loaded.
 */
export function useDraft<T extends Record<string, unknown>>(key: string, initial: () => T, isStale: (fields: T) => Promise<boolean> = async () => false) {
  const [fields, setFields] = useState<T | undefined>(undefined);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<T | undefined>(undefined);
  const finished = useRef(false);

  useEffect(() => {
    let live = true;
    db.drafts.get(key).then(
      async (draft) => {
        const stored = draft ? ({ ...initial(), ...(draft.fields as T) } as T) : null;
        const value = stored && !(await isStale(stored)) ? stored : initial();
        if (!live) return;
        latest.current = value;
        setFields(value);
      },
      () => live && setFields(initial()),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per key
  }, [key]);

  const save = (value: T) =>
    finished.current
      ? Promise.resolve()
      : db.drafts.put({ key, fields: value, updatedAt: Date.now() }).then(
      () => setSavedAt(Date.now()),
      () => undefined, // no storage: the form still works, the draft just is not kept
    );

  useEffect(() => {
    // Write a pending change at once when the page is hidden or closed.
    const flushPending = () => {
      if (timer.current && latest.current) {
        clearTimeout(timer.current);
        timer.current = undefined;
        void save(latest.current);
      }
    };
    document.addEventListener('visibilitychange', flushPending);
    window.addEventListener('pagehide', flushPending);
    return () => {
      flushPending();
      document.removeEventListener('visibilitychange', flushPending);
      window.removeEventListener('pagehide', flushPending);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const update = (patch: Partial<T>) => {
    setFields((current) => {
      const next = { ...(current as T), ...patch };
      latest.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void save(next);
      }, SAVE_DELAY_MS);
      return next;
    });
  };
  /** The draft became an opinion: stop saving it (a pending save would bring it back). */
  const finish = () => {
    finished.current = true;
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  return { fields, update, savedAt, finish };
}
