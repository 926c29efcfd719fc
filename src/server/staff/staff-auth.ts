/**
 * The gate in front of every console route: a session cookie (401 without a valid one), the
 * session's CSRF token on every request that changes something (403 otherwise), and one city per
 * staff member (403 for another city's data). Which of these a route needs is written in its
 * entry of the route table (staff-routes.ts), so no route can be added without saying.
 */
import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie'; // request.cookies, reply.setCookie
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../errors.ts';
import type { Database } from '../storage/database.ts';
import { findSession, type StaffPrincipal } from './sessions.ts';

export const SESSION_COOKIE = 'machiplan_staff';
export const COOKIE_PATH = '/api/v1/staff';
export const CSRF_HEADER = 'x-csrf-token';

/** public: no session (login); session: any logged-in staff; city: logged in, and only their city's data. */
export type StaffAccess = 'public' | 'session' | 'city';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffPrincipal;
  }
  interface FastifyContextConfig {
    staffAccess?: StaffAccess;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: COOKIE_PATH,
    // Over plain HTTP (development, tests) a Secure cookie would never come back.
    secure: request.protocol === 'https',
  };
}

export function staffGate(db: Database) {
  return async function gate(request: FastifyRequest, reply: FastifyReply) {
    const access = request.routeOptions.config.staffAccess;
    if (access === 'public') return;
    const token = request.cookies[SESSION_COOKIE];
    const staff = token ? await findSession(db, token) : null;
    if (!staff) {
      if (token) reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
      return sendError(reply, 401, 'not_authenticated', 'Log in to the staff console.');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, staff.csrfToken)) return sendError(reply, 403, 'csrf', 'Missing or wrong x-csrf-token header.');
    }
    request.staff = staff;
  };
}

/** City routes: refuses (403) when a staff member asks for another city than their own. */
export function refuseOtherCity(request: FastifyRequest, reply: FastifyReply, municipality: string | undefined): boolean {
  if (municipality === undefined || municipality === request.staff!.municipality) return false;
  void sendError(reply, 403, 'other_city', "This belongs to another city's staff.");
  return true;
}
