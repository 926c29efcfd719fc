/** GET /api/v1/openapi.json: the API described as OpenAPI 3.1, its schemas generated from the shared zod ones. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CommentPeriod, MyOpinionsResponse, OpinionReceipt, OpinionSubmission, ReactionSubmission } from '../model/opinion.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './staff/staff-auth.ts';
import { STAFF_ROUTES } from './staff/staff-routes.ts';

const ApiError = z.object({ error: z.object({ status: z.number(), code: z.string(), message: z.string(), details: z.unknown().optional() }) });
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', target: 'openapi-3.0' });
const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const deviceAuth = [{ device: [] }];

/** The staff console's routes, from the same table that registers and guards them. */
function staffPaths() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of STAFF_ROUTES) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const query = route.query ? (z.toJSONSchema(route.query, { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' }) as { properties?: Record<string, object> }) : null;
    const parameters = [
      ...[...route.url.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...Object.entries(query?.properties ?? {}).map(([name, s]) => ({ name, in: 'query', schema: s })),
      ...(route.method !== 'GET' && route.access !== 'public' ? [{ name: CSRF_HEADER, in: 'header', required: true, schema: { type: 'string' }, description: 'the token from /me or login' }] : []),
    ];
    paths[path] ??= {};
    paths[path]![route.method.toLowerCase()] = {
      summary: route.summary,
      tags: ['staff'],
      ...(route.access === 'public' ? {} : { security: [{ staffSession: [] }] }),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(route.body) } } } } : {}),
      responses: {
        200: { description: 'ok' },
        ...(route.access === 'public' ? {} : { 401: { description: 'not logged in', ...json('ApiError') } }),
        ...(route.access === 'city' ? { 403: { description: "another city's data, or a wrong CSRF token", ...json('ApiError') } } : {}),
      },
    };
  }
  return paths;
}

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Machiplan API', version: '1', description: 'Residents send opinions on their city plan; the city answers them in the staff console (tag "staff").' },
  components: {
    securitySchemes: {
      device: { type: 'http', scheme: 'Device', description: '"Device <deviceId>.<secret>": a random secret kept on the device; the server stores its hash.' },
      staffSession: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/v1/staff/login; HttpOnly, SameSite=Strict.' },
    },
    schemas: {
      OpinionSubmission: schema(OpinionSubmission),
      OpinionReceipt: schema(OpinionReceipt),
      MyOpinionsResponse: schema(MyOpinionsResponse),
      ReactionSubmission: schema(ReactionSubmission),
      CommentPeriod: schema(CommentPeriod),
      ApiError: schema(ApiError),
    },
  },
  paths: {
    '/api/v1/health': { get: { summary: 'Server and database health', responses: { 200: { description: 'ok' }, 503: { description: 'database unavailable' } } } },
    '/api/v1/opinions': {
      post: {
        summary: 'Send an opinion (idempotent on its id: a replay returns the stored receipt)',
        security: deviceAuth,
        requestBody: { required: true, ...json('OpinionSubmission') },
        responses: {
          201: { description: 'stored', ...json('OpinionReceipt') },
          200: { description: 'already stored: the same receipt', ...json('OpinionReceipt') },
          400: { description: 'invalid', ...json('ApiError') },
          401: { description: 'bad device credentials', ...json('ApiError') },
          409: { description: 'id belongs to another device', ...json('ApiError') },
          422: { description: 'unknown plan or node, or outside the public-comment rule', ...json('ApiError') },
          429: { description: 'rate limited', ...json('ApiError') },
        },
      },
    },
    '/api/v1/opinions/mine': {
      get: {
        summary: "This device's opinions changed since the cursor (status, receipt, public answer)",
        security: deviceAuth,
        parameters: [{ name: 'cursor', in: 'query', schema: { type: 'integer', minimum: 0 } }],
        responses: { 200: { description: 'changes', ...json('MyOpinionsResponse') }, 401: { description: 'bad device credentials', ...json('ApiError') } },
      },
    },
    '/api/v1/reactions': {
      post: { summary: 'この施策に賛成 / 関心あり, counted once per device', security: deviceAuth, requestBody: { required: true, ...json('ReactionSubmission') }, responses: { 200: { description: 'counted' } } },
    },
    '/api/v1/comment-periods': {
      get: { summary: 'Draft plans open for public comment and the rule applied', responses: { 200: { description: 'periods' } } },
    },
    ...staffPaths(),
  },
};

export function openApiRoute(app: FastifyInstance) {
  app.get('/api/v1/openapi.json', async () => openApiDocument);
}
