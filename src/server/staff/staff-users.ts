/**
 * Staff accounts: created by the command line (scripts/staff.ts) — the same functions the tests
 * use — and checked at login, with a lock after repeated failures so a password cannot be guessed
 * by trying many.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { StaffRole } from '../../model/staff.ts';
import type { Database } from '../storage/database.ts';
import type { StaffUserTable } from '../storage/tables.ts';
import { MIN_PASSWORD_LENGTH, decoyHash, hashPassword, verifyPassword } from './passwords.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const LOGIN_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;

export class StaffUserError extends Error {}

export async function createStaffUser(db: Database, user: { login: string; password: string; role: StaffRole; municipality: string }) {
  if (!LOGIN_PATTERN.test(user.login)) throw new StaffUserError('login: 3–64 letters, digits, ".", "_" or "-"');
  if (user.password.length < MIN_PASSWORD_LENGTH) throw new StaffUserError(`password: at least ${MIN_PASSWORD_LENGTH} characters`);
  const existing = await db.selectFrom('staff_users').select('id').where('login', '=', user.login).executeTakeFirst();
  if (existing) throw new StaffUserError(`a staff user "${user.login}" already exists`);
  const row: StaffUserTable = {
    id: randomUUID(),
    login: user.login,
    password_hash: await hashPassword(user.password),
    role: user.role,
    municipality: user.municipality,
    failed_attempts: 0,
    locked_until: null,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('staff_users').values(row).execute();
  return { id: row.id, login: row.login, role: row.role, municipality: row.municipality };
}

/** A new password also ends every open session and lifts a lock. */
export async function setStaffPassword(db: Database, login: string, password: string) {
  if (password.length < MIN_PASSWORD_LENGTH) throw new StaffUserError(`password: at least ${MIN_PASSWORD_LENGTH} characters`);
  const user = await db.selectFrom('staff_users').select('id').where('login', '=', login).executeTakeFirst();
  if (!user) throw new StaffUserError(`no staff user "${login}"`);
  await db.updateTable('staff_users').set({ password_hash: await hashPassword(password), failed_attempts: 0, locked_until: null }).where('id', '=', user.id).execute();
  await db.deleteFrom('staff_sessions').where('user_id', '=', user.id).execute();
}

export async function unlockStaffUser(db: Database, login: string) {
  const result = await db.updateTable('staff_users').set({ failed_attempts: 0, locked_until: null }).where('login', '=', login).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new StaffUserError(`no staff user "${login}"`);
}

export function listStaffUsers(db: Database) {
  return db.selectFrom('staff_users').select(['login', 'role', 'municipality', 'locked_until', 'created_at']).orderBy('municipality').orderBy('login').execute();
}

export type LoginOutcome =
  | { ok: true; user: Pick<StaffUserTable, 'id' | 'login' | 'role' | 'municipality'> }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; lockedUntil: Date; justLocked: boolean; login: string };

export async function checkLogin(db: Database, login: string, password: string, now = new Date()): Promise<LoginOutcome> {
  const user = await db.selectFrom('staff_users').selectAll().where('login', '=', login).executeTakeFirst();
  if (!user) {
    await verifyPassword(password, await decoyHash());
    return { ok: false, reason: 'invalid' };
  }
  // While locked, even the right password is refused: that is what makes guessing slow.
  if (user.locked_until && new Date(user.locked_until) > now) return { ok: false, reason: 'locked', lockedUntil: new Date(user.locked_until), justLocked: false, login: user.login };
  if (await verifyPassword(password, user.password_hash)) {
    if (user.failed_attempts !== 0 || user.locked_until) await db.updateTable('staff_users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', user.id).execute();
    return { ok: true, user: { id: user.id, login: user.login, role: user.role, municipality: user.municipality } };
  }
  // Counted in the database, not in memory, so parallel guesses and several server processes all count.
  const counted = await db
    .updateTable('staff_users')
    .set({ failed_attempts: sql`failed_attempts + 1` })
    .where('id', '=', user.id)
    .returning('failed_attempts')
    .executeTakeFirstOrThrow();
  if (Number(counted.failed_attempts) >= MAX_FAILED_LOGINS) {
    const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await db.updateTable('staff_users').set({ failed_attempts: 0, locked_until: lockedUntil.toISOString() }).where('id', '=', user.id).execute();
    return { ok: false, reason: 'locked', lockedUntil, justLocked: true, login: user.login };
  }
  return { ok: false, reason: 'invalid' };
}
