/**
 * The outbox state machine, as pure functions: queued → sending → delivered | rejected, and back
 * to queued (with a later attempt time) when the failure is worth retrying: no network, 5xx, 408,
 * 429. Any other 4xx is the server's considered "no": the item waits for the resident.
 */
import type { OpinionReceipt } from '../model/opinion.ts';
import type { OutboxError, OutboxItem } from '../db/database.ts';
import { retryDelay } from './backoff.ts';

export function isRetryable(error: OutboxError): boolean {
  return error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429;
}

export function startSending(item: OutboxItem, now: number): OutboxItem {
  return { ...item, state: 'sending', attempts: item.attempts + 1, updatedAt: now };
}

export function delivered(item: OutboxItem, now: number, receipt?: OpinionReceipt): OutboxItem {
  const { lastError: _dropped, ...rest } = item;
  return { ...rest, state: 'delivered', updatedAt: now, ...(receipt ? { receipt } : {}) };
}

export function failed(item: OutboxItem, error: OutboxError, now: number, random?: () => number): OutboxItem {
  if (!isRetryable(error)) return { ...item, state: 'rejected', lastError: error, updatedAt: now };
  const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  const delay = Math.max(retryDelay(item.attempts, random), (retryAfter ?? 0) * 1000);
  return { ...item, state: 'queued', lastError: error, nextAttemptAt: now + delay, updatedAt: now };
}

/** An item left "sending" by a crash or a closed tab is sent again: the server's id makes that safe. */
export function recoverStale(item: OutboxItem, now: number): OutboxItem {
  return item.state === 'sending' ? { ...item, state: 'queued', nextAttemptAt: now, updatedAt: now } : item;
}

/** The resident edited a rejected opinion: it goes out again under the same id. */
export function resubmit(item: OutboxItem, payload: OutboxItem['payload'], now: number): OutboxItem {
  const { lastError: _dropped, ...rest } = item;
  return { ...rest, payload, state: 'queued', attempts: 0, nextAttemptAt: now, updatedAt: now } as OutboxItem;
}

export function applyServerUpdate(item: OutboxItem, receipt: OpinionReceipt, now: number): OutboxItem {
  const newAnswer = !!receipt.answer && receipt.answer !== item.receipt?.answer;
  return { ...item, state: 'delivered', receipt, updatedAt: now, answerUnread: newAnswer || item.answerUnread };
}
