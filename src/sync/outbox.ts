/** The outbox in IndexedDB: what the UI may do with it. Sending is the sync engine's job. */
import { v7 as uuidv7 } from 'uuid';
import { db, type OutboxItem } from '../db/database.ts';
import type { OpinionSubmission, ReactionSubmission } from '../model/opinion.ts';
import { resubmit } from './outbox-machine.ts';

export const newId = () => uuidv7();

export async function enqueueOpinion(payload: OpinionSubmission, draftKey?: string): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.outbox, db.drafts, async () => {
    const existing = await db.outbox.get(payload.id);
    if (existing) await db.outbox.put(resubmit(existing, payload, now));
    else await db.outbox.put({ id: payload.id, type: 'opinion', payload, state: 'queued', attempts: 0, nextAttemptAt: now, createdAt: now, updatedAt: now });
    // The draft becomes the queued opinion in the same transaction: never both, never neither.
    if (draftKey) await db.drafts.delete(draftKey);
  });
}

export async function enqueueReaction(payload: ReactionSubmission): Promise<void> {
  const now = Date.now();
  await db.outbox.put({ id: payload.id, type: 'reaction', payload, state: 'queued', attempts: 0, nextAttemptAt: now, createdAt: now, updatedAt: now });
}

/** Only what has not reached the city can be deleted from the device's outbox. */
export async function deleteUnsent(id: string): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    const item = await db.outbox.get(id);
    if (!item || item.state === 'delivered' || item.state === 'sending') return false;
    await db.outbox.delete(id);
    return true;
  });
}

export async function markAnswerRead(id: string): Promise<void> {
  await db.outbox.update(id, { answerUnread: false });
}

export const listOpinions = () => db.outbox.where('type').equals('opinion').reverse().sortBy('createdAt');
export const pendingCount = () => db.outbox.where('state').anyOf('queued', 'sending').count();
export const hasReacted = (municipality: string, planId: string, nodeId: string, kind: string) =>
  db.outbox
    .where('type')
    .equals('reaction')
    .filter((i) => i.type === 'reaction' && i.payload.municipality === municipality && i.payload.planId === planId && i.payload.nodeId === nodeId && i.payload.kind === kind)
    .count()
    .then((n) => n > 0);

export type { OutboxItem };
