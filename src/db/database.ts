/**
 * The one place that talks to IndexedDB. Plans are stored whole (one row per plan, a few dozen KB);
 * the shelf and settings live beside them. Opening can fail (private mode, quota, blocked): callers
 * then read the bundled data from memory and say that nothing can be saved.
 */
import Dexie, { type Table } from 'dexie';
import type { OpinionReceipt, OpinionSubmission, ReactionSubmission } from '../model/opinion.ts';
import type { Plan } from '../model/plan-data.ts';

export interface StoredPlan {
  key: string; // `${municipality}/${id}`
  municipality: string;
  plan: Plan;
  hash: string;
}

export interface ShelfEntry {
  key: string; // `${municipality}/${planId}/${nodeId}`
  municipality: string;
  planId: string;
  nodeId: string;
  title: string;
  at: number;
}

export type OutboxState = 'queued' | 'sending' | 'delivered' | 'rejected';

export interface OutboxError {
  status: number; // HTTP status, 0 for a network failure
  code: string;
  message: string;
  details?: unknown;
}

/** An opinion or reaction on its way to the city: kept until the server has acknowledged it. */
export type OutboxItem = {
  id: string; // the client-generated UUID v7, also the server's key
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  updatedAt: number;
  lastError?: OutboxError;
  receipt?: OpinionReceipt;
  /** The city's answer arrived and the resident has not opened it yet. */
  answerUnread?: boolean;
} & ({ type: 'opinion'; payload: OpinionSubmission } | { type: 'reaction'; payload: ReactionSubmission });

/** What the resident is typing, saved as they type. `fields` mirrors the form. */
export interface Draft {
  key: string;
  fields: Record<string, unknown>;
  updatedAt: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export class MachiplanDatabase extends Dexie {
  meta!: Table<MetaEntry, string>;
  plans!: Table<StoredPlan, string>;
  bookmarks!: Table<ShelfEntry, string>;
  recent!: Table<ShelfEntry, string>;
  outbox!: Table<OutboxItem, string>;
  drafts!: Table<Draft, string>;

  constructor(name = 'machiplan') {
    super(name);
    this.version(1).stores({
      meta: 'key',
      plans: 'key, municipality',
      bookmarks: 'key, at',
      recent: 'key, at',
    });
    this.version(2).stores({
      outbox: 'id, state, type, createdAt',
      drafts: 'key, updatedAt',
    });
  }
}

export const db = new MachiplanDatabase();

/** Another tab upgraded the schema: this tab's connection closes; ask the user to reload. */
db.on('versionchange', () => {
  db.close();
  globalThis.dispatchEvent?.(new CustomEvent('machiplan:db-closed'));
  return false;
});

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

export async function canUseDatabase(): Promise<boolean> {
  try {
    await db.open();
    return true;
  } catch {
    return false;
  }
}
