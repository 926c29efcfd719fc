/** POST login, POST logout, GET me: the console's session. */
import type { StaffSessionInfo } from '../../model/staff.ts';
import { LoginRequest } from '../../model/staff.ts';
import { sendError } from '../errors.ts';
import { audit } from '../opinions/opinion-store.ts';
import { SESSION_COOKIE, cookieOptions } from './staff-auth.ts';
import { actorOf, parseOr400, type StaffHandler } from './staff-context.ts';
import { SESSION_HOURS, createSession, endSession } from './sessions.ts';
import { LOCK_MINUTES, MAX_FAILED_LOGINS, checkLogin } from './staff-users.ts';

export const login: StaffHandler = async ({ db }, request, reply) => {
  const body = parseOr400(LoginRequest, request.body, reply);
  if (!body) return reply;
  const outcome = await checkLogin(db, body.login, body.password);
  if (!outcome.ok && outcome.reason === 'invalid') {
    // The same answer for an unknown login and a wrong password: logins are not revealed.
    return sendError(reply, 401, 'invalid_credentials', 'Wrong login or password.');
  }
  if (!outcome.ok) {
    const seconds = Math.max(1, Math.ceil((outcome.lockedUntil.getTime() - Date.now()) / 1000));
    if (outcome.justLocked) await audit(db, `staff:${outcome.login}`, 'staff.locked', `staff:${outcome.login}`, `${MAX_FAILED_LOGINS} failed logins`);
    reply.header('retry-after', String(seconds));
    return sendError(
      reply,
      423,
      'account_locked',
      `This account is locked for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failed logins. Try again in ${Math.ceil(seconds / 60)} minutes, or ask an administrator to unlock it.`,
      { retryAfterSeconds: seconds, lockedUntil: outcome.lockedUntil.toISOString() },
    );
  }
  const session = await createSession(db, outcome.user.id);
  reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(request), maxAge: SESSION_HOURS * 3600 });
  await audit(db, `staff:${outcome.user.login}`, 'staff.login', `staff:${outcome.user.login}`);
  const info: StaffSessionInfo = { user: { login: outcome.user.login, role: outcome.user.role, municipality: outcome.user.municipality }, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  return info;
};

export const logout: StaffHandler = async ({ db }, request, reply) => {
  await endSession(db, request.staff!.sessionId);
  await audit(db, actorOf(request), 'staff.logout', actorOf(request));
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
  return { ok: true };
};

/** The console asks after a reload: who is logged in, and the CSRF token it must send. */
export const me: StaffHandler = async (_ctx, request) => {
  const s = request.staff!;
  const info: StaffSessionInfo = { user: { login: s.login, role: s.role, municipality: s.municipality }, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
  return info;
};
