/**
 * What staff do to an opinion: move it along 新規 → 確認中 → 回答済 / 対応済 / 対応しない, keep an
 * internal note, write the public answer, assign a department, hide it as spam or abuse. Every
 * change takes a new version number, so the resident's device pulls it on its next sync, and is
 * written to the audit log — naming the fields changed, never their text (it may hold personal data).
 */
import type { OpinionStatus } from '../../model/opinion.ts';
import { NEXT_STATUSES, type OpinionChange } from '../../model/staff.ts';
import { audit, nextVersion } from '../opinions/opinion-store.ts';
import type { Database } from '../storage/database.ts';
import type { OpinionTable } from '../storage/tables.ts';

export class WorkflowError extends Error {
  constructor(
    readonly status: 409 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const blankToNull = (text: string | null | undefined) => (text === undefined ? undefined : text && text.trim() ? text : null);

/** The columns to update and the audit entries, or an error when the change is not allowed. */
export function planChange(row: OpinionTable, change: OpinionChange, now: Date) {
  const set: Partial<OpinionTable> = {};
  const actions: { action: string; detail?: string }[] = [];
  const current = row.status as OpinionStatus;

  let status = change.status;
  const answer = blankToNull(change.publicAnswer);
  if (answer !== undefined && answer !== row.answer) {
    set.answer = answer;
    set.answered_at = answer === null ? null : now.toISOString();
    actions.push({ action: answer === null ? 'opinion.answer-withdrawn' : 'opinion.answered' });
    // Answering is the usual way an opinion gets to 回答済; staff need not set both.
    if (answer !== null && status === undefined && (current === 'new' || current === 'reviewing')) status = 'answered';
  }
  if (status !== undefined && status !== current) {
    if (!NEXT_STATUSES[current].includes(status)) throw new WorkflowError(422, 'invalid_transition', `An opinion cannot go from ${current} to ${status}.`);
    set.status = status;
    actions.push({ action: 'opinion.status', detail: `${current} → ${status}` });
  }
  const note = blankToNull(change.internalNote);
  if (note !== undefined && note !== row.internal_note) {
    set.internal_note = note;
    actions.push({ action: 'opinion.internal-note' });
  }
  const department = blankToNull(change.department);
  if (department !== undefined && department !== row.department) {
    set.department = department;
    // Department names are the city's own, not personal data: worth keeping in the log.
    actions.push({ action: 'opinion.department', detail: department ?? '' });
  }
  if (change.hide !== undefined) {
    const reason = change.hide?.reason ?? null;
    if (reason !== row.hidden_reason) {
      set.hidden_reason = reason;
      actions.push({ action: reason === null ? 'opinion.unhidden' : 'opinion.hidden', detail: reason ?? undefined });
    }
  }
  return { set, actions };
}

export async function changeOpinion(db: Database, id: string, change: OpinionChange, actor: string, now = new Date()) {
  return db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (change.expectedVersion !== undefined && change.expectedVersion !== Number(row.version)) {
      throw new WorkflowError(409, 'changed_meanwhile', 'A colleague changed this opinion meanwhile: reload it and try again.');
    }
    const { set, actions } = planChange(row, change, now);
    if (actions.length === 0) return { changed: false };
    const version = await nextVersion(tx);
    // "and version = …": two staff saving at once cannot both win silently.
    const result = await tx
      .updateTable('opinions')
      .set({ ...set, version, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new WorkflowError(409, 'changed_meanwhile', 'A colleague changed this opinion meanwhile: reload it and try again.');
    for (const a of actions) await audit(tx, actor, a.action, `opinion:${id}`, a.detail);
    return { changed: true };
  });
}
