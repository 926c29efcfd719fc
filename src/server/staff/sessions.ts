/**
 * Console sessions. The cookie holds a random 32-byte token; the table holds only its SHA-256, so
 * someone who reads the database cannot log in with what they read. Each session has its own CSRF
 * token that state-changing requests must echo in a header.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { StaffRole } from '../../model/staff.ts';
import type { Database } from '../storage/database.ts';

/** A working day: staff log in again the next morning. */
export const SESSION_HOURS = 8;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export interface StaffPrincipal {
  userId: string;
  login: string;
  role: StaffRole;
  municipality: string;
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(db: Database, userId: string, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  // Housekeeping on the way in: expired sessions are of no use to anyone.
  await db.deleteFrom('staff_sessions').where('expires_at', '<', now.toISOString()).execute();
  await db.insertInto('staff_sessions').values({ id: sha256(token), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt, created_at: now.toISOString() }).execute();
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Database, token: string, now = new Date()): Promise<StaffPrincipal | null> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .select(['staff_sessions.id as sessionId', 'staff_sessions.csrf_token', 'staff_sessions.expires_at', 'staff_users.id as userId', 'staff_users.login', 'staff_users.role', 'staff_users.municipality'])
    .where('staff_sessions.id', '=', sha256(token))
    .where('staff_sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return null;
  return { userId: row.userId, login: row.login, role: row.role, municipality: row.municipality, sessionId: row.sessionId, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

export async function endSession(db: Database, sessionId: string) {
  await db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute();
}
