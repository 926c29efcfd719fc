import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../db/database.ts';
import { BASE_DELAY_MS, MAX_DELAY_MS, retryDelay } from './backoff.ts';
import { applyServerUpdate, delivered, failed, isRetryable, recoverStale, resubmit, startSending } from './outbox-machine.ts';

const item = (overrides: Partial<OutboxItem> = {}): OutboxItem =>
  ({ id: 'x', type: 'reaction', payload: { id: 'x', kind: 'support', municipality: 'omitama', planId: 'p', nodeId: 'n' }, state: 'queued', attempts: 0, nextAttemptAt: 0, createdAt: 0, updatedAt: 0, ...overrides }) as OutboxItem;
const receipt = { id: 'x', receiptNumber: 'OMI-2026-000001', status: 'new' as const, receivedAt: 't', answer: null, answeredAt: null, version: 1 };

describe('the outbox state machine', () => {
  it('goes queued → sending → delivered with the receipt', () => {
    const sending = startSending(item(), 10);
    expect([sending.state, sending.attempts]).toEqual(['sending', 1]);
    const done = delivered(sending, 20, receipt);
    expect([done.state, done.receipt?.receiptNumber]).toEqual(['delivered', 'OMI-2026-000001']);
  });

  it('queues again with a later attempt on network errors, 5xx, 408 and 429', () => {
    for (const status of [0, 500, 503, 408, 429]) {
      const next = failed(startSending(item(), 0), { status, code: 'x', message: 'x' }, 1000, () => 0.5);
      expect(next.state, String(status)).toBe('queued');
      expect(next.nextAttemptAt).toBeGreaterThan(1000);
    }
  });

  it('honours a Retry-After from a 429', () => {
    const next = failed(startSending(item(), 0), { status: 429, code: 'rate_limited', message: 'x', details: { retryAfterSeconds: 120 } }, 0, () => 0);
    expect(next.nextAttemptAt).toBe(120_000);
  });

  it("stops at any other 4xx and keeps the server's reason for the resident", () => {
    for (const status of [400, 401, 409, 413, 422]) {
      const next = failed(startSending(item(), 0), { status, code: 'invalid_opinion', message: 'reason' }, 0);
      expect([next.state, next.lastError?.message]).toEqual(['rejected', 'reason']);
    }
    expect(isRetryable({ status: 404, code: '', message: '' })).toBe(false);
  });

  it('recovers an item left sending by a crash, and resends an edited rejected item under the same id', () => {
    expect(recoverStale(item({ state: 'sending' }), 5).state).toBe('queued');
    expect(recoverStale(item({ state: 'delivered' }), 5).state).toBe('delivered');
    const again = resubmit(item({ state: 'rejected', attempts: 3, lastError: { status: 400, code: 'x', message: 'x' } }), item().payload, 9);
    expect([again.state, again.attempts, again.lastError, again.id]).toEqual(['queued', 0, undefined, 'x']);
  });

  it('flags a new answer from the city as unread', () => {
    const withAnswer = applyServerUpdate(item({ state: 'delivered', receipt }), { ...receipt, status: 'answered', answer: '回答です', version: 2 }, 0);
    expect([withAnswer.receipt?.status, withAnswer.answerUnread]).toEqual(['answered', true]);
    const sameAgain = applyServerUpdate({ ...withAnswer, answerUnread: false }, withAnswer.receipt!, 0);
    expect(sameAgain.answerUnread).toBe(false);
  });
});

describe('retry delays', () => {
  it('grow exponentially with jitter, up to a cap', () => {
    expect(retryDelay(1, () => 0)).toBe(BASE_DELAY_MS / 2);
    expect(retryDelay(1, () => 1)).toBe(BASE_DELAY_MS);
    expect(retryDelay(3, () => 1)).toBe(BASE_DELAY_MS * 4);
    expect(retryDelay(30, () => 1)).toBe(MAX_DELAY_MS);
    const spread = new Set(Array.from({ length: 20 }, () => retryDelay(4)));
    expect(spread.size).toBeGreaterThan(1);
  });
});
