/**
 * The staff console's API under /api/v1/staff. Every route is listed in STAFF_ROUTES with the
 * access it needs; the gate (staff-auth.ts) enforces it and the tests walk the same list, so a new
 * route cannot slip in unguarded. Registered as its own plugin: the cookie parser and the gate
 * apply to these routes only, never to the residents' API.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ExportQuery, LoginRequest, OpinionChange, OpinionFilters } from '../../model/staff.ts';
import type { PlanCatalogue } from '../plan-catalogue.ts';
import type { Database } from '../storage/database.ts';
import { login, logout, me } from './auth-routes.ts';
import { listInbox, showOpinion, updateOpinion } from './inbox-routes.ts';
import { counts, countsAsCsv, exportCsv, exportJson } from './report-routes.ts';
import { staffGate, type StaffAccess } from './staff-auth.ts';
import type { StaffHandler } from './staff-context.ts';

export const STAFF_PREFIX = '/api/v1/staff';

export interface StaffRoute {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  access: StaffAccess;
  handler: StaffHandler;
  /** For the OpenAPI document (openapi.ts): what it does, its query and its body. */
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
}

export const STAFF_ROUTES: readonly StaffRoute[] = [
  { method: 'POST', url: `${STAFF_PREFIX}/login`, access: 'public', handler: login, summary: 'Log in: sets the session cookie, answers the CSRF token (5 failures lock the account for 15 minutes)', body: LoginRequest },
  { method: 'POST', url: `${STAFF_PREFIX}/logout`, access: 'session', handler: logout, summary: 'Log out: ends the session' },
  { method: 'GET', url: `${STAFF_PREFIX}/me`, access: 'session', handler: me, summary: 'The logged-in staff member, their city and role, and the CSRF token' },
  { method: 'GET', url: `${STAFF_PREFIX}/opinions`, access: 'city', handler: listInbox, summary: "Inbox: the city's opinions, filtered, sorted and paged", query: OpinionFilters },
  { method: 'GET', url: `${STAFF_PREFIX}/opinions/:id`, access: 'city', handler: showOpinion, summary: 'One opinion with its history; personal data here only (the viewing is audited)' },
  { method: 'PATCH', url: `${STAFF_PREFIX}/opinions/:id`, access: 'city', handler: updateOpinion, summary: 'Change status, internal note, public answer, department, or hide it (audited)', body: OpinionChange },
  { method: 'GET', url: `${STAFF_PREFIX}/counts`, access: 'city', handler: counts, summary: 'Opinions and reactions counted per node of the plan tree' },
  { method: 'GET', url: `${STAFF_PREFIX}/counts.csv`, access: 'city', handler: countsAsCsv, summary: 'The counts as CSV (UTF-8 with BOM)' },
  { method: 'GET', url: `${STAFF_PREFIX}/export.csv`, access: 'city', handler: exportCsv, summary: 'The filtered opinions as CSV; personal data only for an admin asking with personal=true (audited)', query: ExportQuery },
  { method: 'GET', url: `${STAFF_PREFIX}/export.json`, access: 'city', handler: exportJson, summary: 'The filtered opinions as JSON; personal data as for CSV', query: ExportQuery },
];

/** Log lines carry the path only: a search term in the query string may be a resident's name. */
const requestWithoutQuery = (request: FastifyRequest) => ({ method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip });

export async function staffRoutes(app: FastifyInstance, options: { db: Database; catalogue: PlanCatalogue }) {
  await app.register(cookie);
  app.addHook('onRequest', staffGate(options.db));
  app.addHook('onSend', async (_request, reply) => {
    // Opinions and personal data must not linger in browser or proxy caches.
    reply.header('cache-control', 'no-store');
  });
  for (const route of STAFF_ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      config: {
        staffAccess: route.access,
        // Thirty logins a minute from one address (a city office behind one proxy) is plenty for staff and slows a password spray.
        ...(route.access === 'public' ? { rateLimit: { max: 30, timeWindow: '1 minute' } } : {}),
      },
      logSerializers: { req: requestWithoutQuery },
      handler: (request, reply) => route.handler(options, request, reply),
    });
  }
}
