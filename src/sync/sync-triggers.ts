/**
 * When the page flushes the outbox: on start, when the browser says it is online, when the page
 * becomes visible, on a timer that follows the earliest retry time, and — where the browser has it —
 * through Background Sync, which lets the service worker deliver after the page is closed.
 */
import { db } from '../db/database.ts';
import { SYNC_TAG, flush, nextDueAt } from './sync-engine.ts';

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<unknown> | null = null;
const PULL_EVERY_MS = 5 * 60_000;

async function registerBackgroundSync() {
  try {
    const registration = await navigator.serviceWorker?.ready;
    const sync = (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
    if (sync && (await db.outbox.where('state').equals('queued').count()) > 0) await sync.register(SYNC_TAG);
  } catch {
    // Background Sync is an extra trigger, not the mechanism.
  }
}

async function schedule() {
  clearTimeout(timer);
  const due = await nextDueAt();
  const delay = due === null ? PULL_EVERY_MS : Math.max(0, due - Date.now());
  timer = setTimeout(() => void syncNow(), Math.min(delay, PULL_EVERY_MS));
}

export function syncNow(options: { force?: boolean } = {}): Promise<unknown> {
  running ??= flush(options)
    .catch(() => null)
    .finally(() => {
      running = null;
      void schedule();
      void registerBackgroundSync();
    });
  return running;
}

export function startSyncTriggers() {
  void syncNow();
  window.addEventListener('online', () => void syncNow({ force: true }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncNow();
  });
}
