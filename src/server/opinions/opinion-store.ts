/**
 * Stores opinions exactly once: the client's id is the key. A replay of an id this device already
 * sent gets the stored receipt back, whatever happened between the first request and its response.
 * The receipt number comes from a per-city, per-year counter in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { RECEIPT_PREFIX, type OpinionReceipt, type OpinionSubmission } from '../../model/opinion.ts';
import type { Database } from '../storage/database.ts';
import type { DatabaseSchema } from '../storage/tables.ts';

export class OpinionConflictError extends Error {}

type Tx = Transaction<DatabaseSchema>;

export async function nextCounter(tx: Tx | Database, key: string): Promise<number> {
  const row = await tx
    .insertInto('counters')
    .values({ key, value: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** The next change number: every change a device should pull gets a higher one. */
export const nextVersion = (tx: Tx | Database) => nextCounter(tx, 'opinion-version');

export function toReceipt(row: { id: string; receipt_number: string; status: string; received_at: string; answer: string | null; answered_at: string | null; version: number }): OpinionReceipt {
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    status: row.status as OpinionReceipt['status'],
    receivedAt: row.received_at,
    answer: row.answer,
    answeredAt: row.answered_at,
    version: Number(row.version),
  };
}

const RECEIPT_COLUMNS = ['id', 'device_id', 'receipt_number', 'status', 'received_at', 'answer', 'answered_at', 'version'] as const;

async function insertOpinion(tx: Tx, deviceId: string, o: OpinionSubmission, now: Date): Promise<OpinionReceipt> {
  const year = now.getFullYear();
  const prefix = RECEIPT_PREFIX[o.municipality] ?? o.municipality.slice(0, 3).toUpperCase();
  const sequence = await nextCounter(tx, `receipt:${prefix}:${year}`);
  const version = await nextVersion(tx);
  const receivedAt = now.toISOString();
  const row = {
    id: o.id,
    device_id: deviceId,
    municipality: o.municipality,
    plan_id: o.planId,
    node_id: o.nodeId ?? null,
    kind: o.kind,
    title: o.title,
    body: o.body,
    language: o.language,
    age_group: o.ageGroup ?? null,
    area: o.area || null,
    written_at: o.writtenAt,
    received_at: receivedAt,
    receipt_number: `${prefix}-${year}-${String(sequence).padStart(6, '0')}`,
    status: 'new',
    answer: null,
    answered_at: null,
    department: null,
    internal_note: null,
    hidden_reason: null,
    version,
    updated_at: receivedAt,
  };
  await tx.insertInto('opinions').values(row).execute();
  const c = o.contact;
  if (c && (c.name || c.email || c.phone)) {
    await tx.insertInto('opinion_contacts').values({ opinion_id: o.id, name: c.name || null, email: c.email ?? null, phone: c.phone ?? null }).execute();
  }
  return toReceipt(row);
}

interface Job {
  deviceId: string;
  opinion: OpinionSubmission;
  now: Date;
  done(result: { receipt: OpinionReceipt; created: boolean } | Error): void;
}

/**
 * Group commit for the embedded database: opinions that arrive together are written in one
 * transaction, so one fsync acknowledges them all. Each is answered only after that commit.
 * (A failing statement in SQLite does not abort the transaction, so one bad row fails alone.)
 */
const batches = new WeakMap<Database, { jobs: Job[]; scheduled: boolean }>();

function enqueue(db: Database, job: Job) {
  let batch = batches.get(db);
  if (!batch) batches.set(db, (batch = { jobs: [], scheduled: false }));
  batch.jobs.push(job);
  if (batch.scheduled) return;
  batch.scheduled = true;
  setImmediate(() => {
    const jobs = batch.jobs.splice(0);
    batch.scheduled = false;
    const results = new Map<Job, { receipt: OpinionReceipt; created: boolean } | Error>();
    db.transaction()
      .execute(async (tx) => {
        const inBatch = new Map<string, { deviceId: string; receipt: OpinionReceipt }>();
        for (const job of jobs) {
          const first = inBatch.get(job.opinion.id);
          if (first) {
            results.set(job, first.deviceId === job.deviceId ? { receipt: first.receipt, created: false } : new OpinionConflictError('this id belongs to another device'));
            continue;
          }
          try {
            const receipt = await insertOpinion(tx, job.deviceId, job.opinion, job.now);
            inBatch.set(job.opinion.id, { deviceId: job.deviceId, receipt });
            results.set(job, { receipt, created: true });
          } catch (error) {
            results.set(job, error as Error);
          }
        }
      })
      .then(
        () => jobs.forEach((job) => job.done(results.get(job)!)),
        (error: Error) => jobs.forEach((job) => job.done(error)),
      );
  });
}

export async function storeOpinion(db: Database, deviceId: string, o: OpinionSubmission, now = new Date(), groupCommit = false): Promise<{ receipt: OpinionReceipt; created: boolean }> {
  const existing = await db.selectFrom('opinions').select(RECEIPT_COLUMNS).where('id', '=', o.id).executeTakeFirst();
  if (existing) {
    if (existing.device_id !== deviceId) throw new OpinionConflictError('this id belongs to another device');
    return { receipt: toReceipt(existing), created: false };
  }
  try {
    if (groupCommit) {
      const result = await new Promise<{ receipt: OpinionReceipt; created: boolean } | Error>((done) => enqueue(db, { deviceId, opinion: o, now, done }));
      if (result instanceof Error) throw result;
      return result;
    }
    return { receipt: await db.transaction().execute((tx) => insertOpinion(tx, deviceId, o, now)), created: true };
  } catch (error) {
    if (error instanceof OpinionConflictError) throw error;
    // Two requests with the same id raced: the loser reads the winner's row.
    const raced = await db.selectFrom('opinions').select(RECEIPT_COLUMNS).where('id', '=', o.id).executeTakeFirst();
    if (raced && raced.device_id === deviceId) return { receipt: toReceipt(raced), created: false };
    if (raced) throw new OpinionConflictError('this id belongs to another device');
    throw error;
  }
}

export async function opinionsChangedSince(db: Database, deviceId: string, cursor: number) {
  const rows = await db
    .selectFrom('opinions')
    .select(RECEIPT_COLUMNS)
    .where('device_id', '=', deviceId)
    .where('version', '>', cursor)
    .orderBy('version')
    .limit(500)
    .execute();
  return { items: rows.map(toReceipt), cursor: rows.reduce((max, r) => Math.max(max, Number(r.version)), cursor) };
}

export async function storeReaction(db: Database, deviceId: string, r: { id: string; kind: string; municipality: string; planId: string; nodeId: string }) {
  await db
    .insertInto('reactions')
    .values({ id: r.id, device_id: deviceId, municipality: r.municipality, plan_id: r.planId, node_id: r.nodeId, kind: r.kind, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function audit(db: Tx | Database, actor: string, action: string, target: string, detail?: string) {
  await db.insertInto('audit_log').values({ id: randomUUID(), at: new Date().toISOString(), actor, action, target, detail: detail ?? null }).execute();
}
