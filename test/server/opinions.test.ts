import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChoices, newDevice, opinion, startTestServer } from './test-server.ts';
import { STAFF_ROUTES } from '../../src/server/staff/staff-routes.ts';

describe.each(databaseChoices)('opinions API on %s', (choice) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer(choice);
  });
  afterAll(async () => server?.close());

  const post = (body: unknown, authorization?: string) =>
    server.app.inject({ method: 'POST', url: '/api/v1/opinions', payload: body as object, headers: authorization ? { authorization } : {} });

  it('stores an opinion and answers with a receipt number', async () => {
    const device = newDevice();
    const response = await post(opinion(), device.authorization);
    expect(response.statusCode).toBe(201);
    expect(response.json().receiptNumber).toMatch(/^OMI-\d{4}-\d{6}$/);
    expect(response.json().status).toBe('new');
  });

  it('stores a resubmitted opinion once and answers the replay with the same receipt', async () => {
    const device = newDevice();
    const o = opinion();
    const first = await post(o, device.authorization);
    const [again, concurrent] = await Promise.all([post(o, device.authorization), post(o, device.authorization)]);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().receiptNumber).toBe(first.json().receiptNumber);
    expect(concurrent.json().receiptNumber).toBe(first.json().receiptNumber);
    const count = await server.store.db.selectFrom('opinions').select((eb) => eb.fn.countAll().as('n')).where('id', '=', o.id).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('gives consecutive receipt numbers per city and year', async () => {
    const device = newDevice();
    const a = (await post(opinion({ municipality: 'shimotsuma', planId: 'sogo-keikaku', nodeId: '6-1' }), device.authorization)).json();
    const b = (await post(opinion({ municipality: 'shimotsuma', planId: 'sogo-keikaku', nodeId: '6-2' }), device.authorization)).json();
    expect(a.receiptNumber).toMatch(/^SHI-/);
    expect(Number(b.receiptNumber.slice(-6))).toBe(Number(a.receiptNumber.slice(-6)) + 1);
  });

  it('rejects unknown fields, missing consent, over-long text and unknown plans with reasons', async () => {
    const device = newDevice();
    const unknownField = await post({ ...opinion(), admin: true }, device.authorization);
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error.code).toBe('invalid_opinion');
    const noConsent = await post(opinion({ consent: false }), device.authorization);
    expect(noConsent.json().error.details.map((d: { path: string }) => d.path)).toContain('consent');
    const long = await post(opinion({ body: 'あ'.repeat(4001) }), device.authorization);
    expect(long.json().error.details.map((d: { path: string }) => d.path)).toContain('body');
    const notV7 = await post(opinion({ id: '3f2b8c1e-1d2a-4c3b-9e8f-7a6b5c4d3e2f' }), device.authorization);
    expect(notV7.statusCode).toBe(400);
    const unknownNode = await post(opinion({ nodeId: '9999' }), device.authorization);
    expect([unknownNode.statusCode, unknownNode.json().error.code]).toEqual([422, 'unknown_node']);
  });

  it('refuses a request without device credentials, or with a wrong secret for a known device', async () => {
    expect((await post(opinion())).statusCode).toBe(401);
    const device = newDevice();
    await post(opinion(), device.authorization);
    const impostor = `Device ${device.id}.${'x'.repeat(43)}`;
    expect((await post(opinion(), impostor)).statusCode).toBe(401);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/opinions/mine', headers: { authorization: impostor } })).statusCode).toBe(401);
  });

  it('stores text verbatim, and personal data apart from the opinion', async () => {
    const device = newDevice();
    const body = `<script>alert(1)</script> "><img src=x onerror=alert(1)> '); DROP TABLE opinions; --`;
    const o = opinion({ body, contact: { name: '山田 花子', email: 'hanako@example.jp' } });
    expect((await post(o, device.authorization)).statusCode).toBe(201);
    const row = await server.store.db.selectFrom('opinions').selectAll().where('id', '=', o.id).executeTakeFirstOrThrow();
    expect(row.body).toBe(body);
    expect(JSON.stringify(row)).not.toContain('hanako');
    const contact = await server.store.db.selectFrom('opinion_contacts').selectAll().where('opinion_id', '=', o.id).executeTakeFirstOrThrow();
    expect([contact.name, contact.email]).toEqual(['山田 花子', 'hanako@example.jp']);
  });

  it("lets a device pull only its own opinions' changes after a cursor", async () => {
    const mine = newDevice();
    const other = newDevice();
    const a = opinion();
    await post(a, mine.authorization);
    await post(opinion(), other.authorization);
    const pull = await server.app.inject({ method: 'GET', url: '/api/v1/opinions/mine?cursor=0', headers: { authorization: mine.authorization } });
    expect(pull.json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const again = await server.app.inject({ method: 'GET', url: `/api/v1/opinions/mine?cursor=${pull.json().cursor}`, headers: { authorization: mine.authorization } });
    expect(again.json().items).toEqual([]);
  });

  it('accepts a public comment on a draft plan written before the deadline, even if it arrives after it', async () => {
    const device = newDevice();
    const closes = new Date(Date.now() - 60 * 60 * 1000);
    await server.store.db
      .insertInto('comment_periods')
      .values({ municipality: 'omitama', plan_id: 'sogo-senryaku-3', closes_at: closes.toISOString(), grace_days: 14 })
      .execute();
    const base = { kind: 'public-comment', planId: 'sogo-senryaku-3', nodeId: '101' };
    const inTime = await post(opinion({ ...base, writtenAt: new Date(closes.getTime() - 1000).toISOString() }), device.authorization);
    expect(inTime.statusCode).toBe(201);
    const late = await post(opinion({ ...base, writtenAt: new Date().toISOString() }), device.authorization);
    expect([late.statusCode, late.json().error.code]).toEqual([422, 'comment_written_after_close']);
    const adopted = await post(opinion({ kind: 'public-comment' }), device.authorization);
    expect(adopted.json().error.code).toBe('comment_not_draft');
    const periods = await server.app.inject({ method: 'GET', url: '/api/v1/comment-periods' });
    expect(periods.json().periods).toEqual([{ municipality: 'omitama', planId: 'sogo-senryaku-3', closesAt: closes.toISOString(), graceDays: 14 }]);
  });

  it('counts a reaction once per device', async () => {
    const device = newDevice();
    const reaction = { kind: 'support', municipality: 'omitama', planId: 'sogo-keikaku-2', nodeId: '1101' };
    const { v7 } = await import('uuid');
    for (let i = 0; i < 3; i++) {
      const r = await server.app.inject({ method: 'POST', url: '/api/v1/reactions', payload: { ...reaction, id: v7() }, headers: { authorization: device.authorization } });
      expect(r.statusCode).toBe(200);
    }
    const rows = await server.store.db.selectFrom('reactions').selectAll().where('device_id', '=', device.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('describes itself as OpenAPI', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/opinions');
    expect(doc.components.schemas.OpinionSubmission.required).toEqual(expect.arrayContaining(['id', 'kind', 'title', 'body', 'consent', 'writtenAt']));
  });

  // (staff.test.ts checks that STAFF_ROUTES is exactly what Fastify serves.)
  it('describes every staff route, with its guard, query and body', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const route of STAFF_ROUTES) {
      const operation = doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(!!operation.security, route.url).toBe(route.access !== 'public');
    }
    const inbox = doc.paths['/api/v1/staff/opinions'].get;
    expect(inbox.parameters.find((p: { name: string }) => p.name === 'status').schema.enum).toEqual(['new', 'reviewing', 'answered', 'done', 'declined']);
    const change = doc.paths['/api/v1/staff/opinions/{id}'].patch;
    expect(change.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['path:id', 'header:x-csrf-token']);
    expect(Object.keys(change.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['status', 'publicAnswer', 'hide']));
  });
});

describe('rate limits', () => {
  it('answers 429 with a clear reason when one device sends too many opinions', async () => {
    const server = await startTestServer('sqlite', { opinionsPerDevicePerHour: 2 });
    try {
      const device = newDevice();
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) codes.push((await server.app.inject({ method: 'POST', url: '/api/v1/opinions', payload: opinion(), headers: { authorization: device.authorization } })).statusCode);
      expect(codes).toEqual([201, 201, 429]);
      const limited = await server.app.inject({ method: 'POST', url: '/api/v1/opinions', payload: opinion(), headers: { authorization: device.authorization } });
      expect(limited.json().error).toMatchObject({ status: 429, code: 'rate_limited' });
      const otherDevice = newDevice();
      expect((await server.app.inject({ method: 'POST', url: '/api/v1/opinions', payload: opinion(), headers: { authorization: otherDevice.authorization } })).statusCode).toBe(201);
    } finally {
      await server.close();
    }
  });
});
