/** GET /api/v1/openapi.json: the API described as OpenAPI 3.1, its schemas generated from the shared zod ones. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CommentPeriod, MyOpinionsResponse, OpinionReceipt, OpinionSubmission, ReactionSubmission } from '../model/opinion.ts';

const ApiError = z.object({ error: z.object({ status: z.number(), code: z.string(), message: z.string(), details: z.unknown().optional() }) });
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', target: 'openapi-3.0' });
const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const deviceAuth = [{ device: [] }];

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Machiplan API', version: '1', description: 'Residents send opinions on their city plan; the city answers.' },
  components: {
    securitySchemes: { device: { type: 'http', scheme: 'Device', description: '"Device <deviceId>.<secret>": a random secret kept on the device; the server stores its hash.' } },
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
  },
};

export function openApiRoute(app: FastifyInstance) {
  app.get('/api/v1/openapi.json', async () => openApiDocument);
}
