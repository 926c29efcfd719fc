/**
 * The staff console's API under /api/v1/staff. Every route is listed in STAFF_ROUTES with the
 * access it needs; the gate (staff-auth.ts) enforces it and the tests walk the same list, so a new
 * route cannot slip in unguarded. Registered as its own plugin: the cookie parser and the gate
 * apply to these routes only, never to the residents' API.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
}

export const STAFF_ROUTES: readonly StaffRoute[] = [
  { method: 'POST', url: `${STAFF_PREFIX}/login`, access: 'public', handler: login },
  { method: 'POST', url: `${STAFF_PREFIX}/logout`, access: 'session', handler: logout },
  { method: 'GET', url: `${STAFF_PREFIX}/me`, access: 'session', handler: me },
  { method: 'GET', url: `${STAFF_PREFIX}/opinions`, access: 'city', handler: listInbox },
  { method: 'GET', url: `${STAFF_PREFIX}/opinions/:id`, access: 'city', handler: showOpinion },
  { method: 'PATCH', url: `${STAFF_PREFIX}/opinions/:id`, access: 'city', handler: updateOpinion },
  { method: 'GET', url: `${STAFF_PREFIX}/counts`, access: 'city', handler: counts },
  { method: 'GET', url: `${STAFF_PREFIX}/counts.csv`, access: 'city', handler: countsAsCsv },
  { method: 'GET', url: `${STAFF_PREFIX}/export.csv`, access: 'city', handler: exportCsv },
  { method: 'GET', url: `${STAFF_PREFIX}/export.json`, access: 'city', handler: exportJson },
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
