/**
 * The one place that talks to the network for residents' opinions. flush() sends what is due,
 * then pulls changes (receipts, statuses, answers) since the last cursor. Only one tab flushes at
 * a time (Web Locks); the service worker runs the same flush on Background Sync.
 * Nothing here touches the DOM, so the service worker can import it.
 */
import { db, type OutboxError, type OutboxItem } from '../db/database.ts';
import { MyOpinionsResponse, OpinionReceipt } from '../model/opinion.ts';
import { deviceAuthorization, getDevice } from './device.ts';
import { applyServerUpdate, delivered, failed, recoverStale, startSending } from './outbox-machine.ts';

export const SYNC_TAG = 'machiplan-outbox';
const LOCK = 'machiplan-sync';
/** Opinions sent in parallel: enough to hide round trips, few enough to be gentle on a weak link. */
const BATCH = 8;

export interface FlushResult {
  sent: number;
  rejected: number;
  retrying: number;
  pulled: number;
  ok: boolean;
}

async function errorOf(response: Response): Promise<OutboxError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    return { status: response.status, code: body.error?.code ?? 'http_error', message: body.error?.message ?? response.statusText, details: body.error?.details };
  } catch {
    return { status: response.status, code: 'http_error', message: response.statusText };
  }
}

async function send(item: OutboxItem, authorization: string): Promise<{ ok: true; receipt?: OpinionReceipt } | { ok: false; error: OutboxError }> {
  const url = item.type === 'opinion' ? '/api/v1/opinions' : '/api/v1/reactions';
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(item.payload) });
  } catch (error) {
    return { ok: false, error: { status: 0, code: 'network', message: String((error as Error)?.message ?? error) } };
  }
  if (!response.ok) return { ok: false, error: await errorOf(response) };
  if (item.type === 'reaction') return { ok: true };
  const parsed = OpinionReceipt.safeParse(await response.json().catch(() => null));
  return parsed.success ? { ok: true, receipt: parsed.data } : { ok: false, error: { status: 502, code: 'bad_response', message: 'unexpected answer from the server' } };
}

async function pull(authorization: string): Promise<number> {
  const cursor = Number((await db.meta.get('syncCursor'))?.value ?? 0);
  const response = await fetch(`/api/v1/opinions/mine?cursor=${cursor}`, { headers: { authorization } });
  if (!response.ok) throw new Error(`pull: HTTP ${response.status}`);
  const changes = MyOpinionsResponse.parse(await response.json());
  const now = Date.now();
  await db.transaction('rw', db.outbox, db.meta, async () => {
    for (const receipt of changes.items) {
      const item = await db.outbox.get(receipt.id);
      if (item) await db.outbox.put(applyServerUpdate(item, receipt, now));
    }
    await db.meta.put({ key: 'syncCursor', value: changes.cursor });
  });
  return changes.items.length;
}

async function flushUnlocked(options: { force?: boolean }): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, rejected: 0, retrying: 0, pulled: 0, ok: true };
  const device = await getDevice();
  const authorization = deviceAuthorization(device);
  const now = Date.now();
  const stale = await db.outbox.where('state').equals('sending').toArray();
  await db.outbox.bulkPut(stale.map((i) => recoverStale(i, now)));
  const due = (await db.outbox.where('state').equals('queued').sortBy('createdAt')).filter((i) => options.force || i.nextAttemptAt <= now);
  // A few at a time, in parallel: one IndexedDB write marks a batch as sending, one records the outcomes.
  for (let start = 0; start < due.length; start += BATCH) {
    const batch = due.slice(start, start + BATCH).map((i) => startSending(i, Date.now()));
    await db.outbox.bulkPut(batch);
    const outcomes = await Promise.all(batch.map((item) => send(item, authorization)));
    const next = batch.map((item, i) => {
      const outcome = outcomes[i]!;
      return outcome.ok ? delivered(item, Date.now(), outcome.receipt) : failed(item, outcome.error, Date.now());
    });
    await db.outbox.bulkPut(next);
    for (const item of next) {
      if (item.state === 'delivered') result.sent++;
      else if (item.state === 'rejected') result.rejected++;
      else result.retrying++;
    }
    if (result.retrying > 0) {
      result.ok = false;
      // Offline or the server is struggling: leave the rest for the next attempt, with backoff.
      const later = due.slice(start + BATCH).map((i) => ({ ...i, nextAttemptAt: Math.max(i.nextAttemptAt, Math.min(...next.filter((n) => n.state === 'queued').map((n) => n.nextAttemptAt))) }));
      await db.outbox.bulkPut(later);
      break;
    }
  }
  try {
    result.pulled = await pull(authorization);
    await db.meta.put({ key: 'lastSyncAt', value: Date.now() });
  } catch {
    result.ok = false;
  }
  return result;
}

/** Sends what is due and pulls answers. Returns null when another tab is already flushing. */
export async function flush(options: { force?: boolean } = {}): Promise<FlushResult | null> {
  // Works in a page (Navigator) and in the service worker (WorkerNavigator).
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return flushUnlocked(options);
  return locks.request(LOCK, { ifAvailable: true }, async (lock: Lock | null) => (lock ? flushUnlocked(options) : null));
}

/** When the next queued item is due, or null when nothing waits. */
export async function nextDueAt(): Promise<number | null> {
  const queued = await db.outbox.where('state').equals('queued').toArray();
  return queued.length ? Math.min(...queued.map((i) => i.nextAttemptAt)) : null;
}
