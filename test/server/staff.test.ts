import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieOptions } from '../../src/server/staff/staff-auth.ts';
import { STAFF_ROUTES } from '../../src/server/staff/staff-routes.ts';
import { createStaffUser, unlockStaffUser } from '../../src/server/staff/staff-users.ts';
import { databaseChoices, newDevice, opinion, startTestServer } from './test-server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Method = 'GET' | 'POST' | 'PATCH';
interface Session {
  cookie: string;
  csrf: string;
}

const PASSWORD = 'correct horse battery staple';
const HOSTILE_BODY = `<script>alert(1)</script> "><img src=x onerror=alert(1)> '); DROP TABLE opinions; -- ' OR '1'='1 %_ \\`;

/** The /api/v1/staff routes Fastify actually serves, read from its route tree. */
function servedStaffRoutes(tree: string): string[] {
  const stack: string[] = [];
  const found: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.*?) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const path = stack.join('');
    for (const method of match[3]!.split(', ')) if (method !== 'HEAD' && path.startsWith('/api/v1/staff')) found.push(`${method} ${path}`);
  }
  return found.sort();
}

/** Reads a CSV as a spreadsheet program would: rows of cell texts. */
async function spreadsheetRows(csv: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const { Readable } = await import('node:stream');
  const sheet = await workbook.csv.read(Readable.from([csv]));
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))));
  if (rows[0]) rows[0][0] = rows[0][0]!.replace(/^\uFEFF/, '');
  return rows;
}

describe.each(databaseChoices)('staff console API on %s', (choice) => {
  let server: Server;
  let omitamaAdmin: Session;
  let omitamaStaff: Session;
  let shimotsumaStaff: Session;
  let omitamaOpinionId: string;

  const request = (method: Method, url: string, session?: Session, options: { payload?: object; csrf?: string | null } = {}) => {
    const headers: Record<string, string> = {};
    if (session) headers.cookie = session.cookie;
    const csrf = options.csrf === undefined ? session?.csrf : options.csrf;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    return server.app.inject({ method, url, headers, ...(options.payload ? { payload: options.payload } : {}) });
  };

  const login = async (login: string, password = PASSWORD) => server.app.inject({ method: 'POST', url: '/api/v1/staff/login', payload: { login, password } });

  async function loggedIn(login: string): Promise<Session> {
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/staff/login', payload: { login, password: PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'machiplan_staff')!;
    return { cookie: `machiplan_staff=${cookie.value}`, csrf: response.json().csrfToken };
  }

  const submit = async (overrides: Record<string, unknown> = {}, device = newDevice()) => {
    const o = opinion(overrides);
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/opinions', payload: o, headers: { authorization: device.authorization } });
    expect(response.statusCode).toBe(201);
    return { ...o, device, receipt: response.json() };
  };

  beforeAll(async () => {
    server = await startTestServer(choice);
    const db = server.store.db;
    await createStaffUser(db, { login: 'omitama-admin', password: PASSWORD, role: 'admin', municipality: 'omitama' });
    await createStaffUser(db, { login: 'omitama-staff', password: PASSWORD, role: 'staff', municipality: 'omitama' });
    await createStaffUser(db, { login: 'shimotsuma-staff', password: PASSWORD, role: 'staff', municipality: 'shimotsuma' });
    omitamaAdmin = await loggedIn('omitama-admin');
    omitamaStaff = await loggedIn('omitama-staff');
    shimotsumaStaff = await loggedIn('shimotsuma-staff');
    omitamaOpinionId = (await submit({ contact: { name: '小美 太郎', email: 'taro@example.jp' } })).id;
  }, 60_000); // on PostgreSQL it may wait for another test file's turn with the database

  afterAll(async () => server?.close());

  it('lists every route it serves under /api/v1/staff, each with the access it needs', () => {
    const listed = STAFF_ROUTES.map((r) => `${r.method} ${r.url}`).sort();
    expect(servedStaffRoutes(server.app.printRoutes({ commonPrefix: false }))).toEqual(listed);
    // Only logging in is open; only the session itself is not about a city's data.
    expect(STAFF_ROUTES.filter((r) => r.access === 'public').map((r) => r.url)).toEqual(['/api/v1/staff/login']);
    expect(STAFF_ROUTES.filter((r) => r.access === 'session').map((r) => r.url).sort()).toEqual(['/api/v1/staff/logout', '/api/v1/staff/me']);
  });

  const concrete = (url: string) => url.replace(':id', omitamaOpinionId);
  const guarded = STAFF_ROUTES.filter((r) => r.access !== 'public');
  const cityRoutes = STAFF_ROUTES.filter((r) => r.access === 'city');

  it.each(guarded.map((r) => [r.method, r.url] as const))('answers 401 to %s %s without a session, or with a made-up cookie', async (method, url) => {
    const anonymous = await request(method, concrete(url), undefined, { payload: method === 'PATCH' ? { status: 'reviewing' } : undefined });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('not_authenticated');
    const forged = await request(method, concrete(url), { cookie: 'machiplan_staff=forged', csrf: 'forged' }, { payload: method === 'PATCH' ? { status: 'reviewing' } : undefined });
    expect(forged.statusCode).toBe(401);
  });

  it.each(cityRoutes.map((r) => [r.method, r.url] as const))("answers 403 to %s %s for another city's staff", async (method, url) => {
    const target = url.includes(':id') ? concrete(url) : `${url}?city=omitama`;
    const response = await request(method, target, shimotsumaStaff, { payload: method === 'PATCH' ? { status: 'reviewing', internalNote: 'x' } : undefined });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('other_city');
  });

  it("keeps each city's staff to their own city's opinions and figures", async () => {
    const shimotsuma = await submit({ municipality: 'shimotsuma', planId: 'sogo-keikaku', nodeId: '6-1' });
    const theirs = (await request('GET', '/api/v1/staff/opinions?hidden=include&pageSize=200', shimotsumaStaff)).json();
    expect(theirs.items.map((i: { id: string }) => i.id)).toContain(shimotsuma.id);
    expect(theirs.items.every((i: { municipality: string }) => i.municipality === 'shimotsuma')).toBe(true);
    const ours = (await request('GET', '/api/v1/staff/opinions?pageSize=200', omitamaStaff)).json();
    expect(ours.items.map((i: { id: string }) => i.id)).not.toContain(shimotsuma.id);
    const figures = (await request('GET', '/api/v1/staff/counts', shimotsumaStaff)).json();
    expect(figures.plans.map((p: { planId: string }) => p.planId)).toEqual(['sogo-keikaku']);
    const exported = (await request('GET', '/api/v1/staff/export.json', shimotsumaStaff)).json();
    expect(exported.items.every((i: { municipality: string }) => i.municipality === 'shimotsuma')).toBe(true);
    const unchanged = (await request('GET', `/api/v1/staff/opinions/${omitamaOpinionId}`, omitamaStaff)).json();
    expect([unchanged.status, unchanged.internalNote]).toEqual(['new', null]);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie for the staff API only, Secure over HTTPS', async () => {
    const response = await login('omitama-staff');
    const cookie = response.cookies.find((c) => c.name === 'machiplan_staff')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/staff' });
    expect(cookie.secure).toBeFalsy(); // inject speaks plain HTTP
    expect(cookieOptions({ protocol: 'https' } as never).secure).toBe(true);
    const me = await request('GET', '/api/v1/staff/me', { cookie: `machiplan_staff=${cookie.value}`, csrf: '' });
    expect(me.json().user).toEqual({ login: 'omitama-staff', role: 'staff', municipality: 'omitama' });
    expect(me.json().csrfToken).toBe(response.json().csrfToken);
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('stores only a hash of the session token, and ends the session on logout', async () => {
    const session = await loggedIn('omitama-staff');
    const token = session.cookie.split('=')[1]!;
    const rows = await server.store.db.selectFrom('staff_sessions').select('id').execute();
    expect(rows.map((r) => r.id)).not.toContain(token);
    const users = await server.store.db.selectFrom('staff_users').select('password_hash').execute();
    expect(users.every((u) => u.password_hash.startsWith('scrypt$') && !u.password_hash.includes(PASSWORD))).toBe(true);
    expect((await request('POST', '/api/v1/staff/logout', session)).statusCode).toBe(200);
    expect((await request('GET', '/api/v1/staff/me', session)).statusCode).toBe(401);
  });

  it('requires the session CSRF token on every request that changes something', async () => {
    const url = `/api/v1/staff/opinions/${omitamaOpinionId}`;
    const missing = await request('PATCH', url, omitamaStaff, { payload: { department: '企画調整課' }, csrf: null });
    expect([missing.statusCode, missing.json().error.code]).toEqual([403, 'csrf']);
    const wrong = await request('PATCH', url, omitamaStaff, { payload: { department: '企画調整課' }, csrf: omitamaAdmin.csrf });
    expect(wrong.statusCode).toBe(403);
    expect((await request('POST', '/api/v1/staff/logout', omitamaStaff, { csrf: null })).statusCode).toBe(403);
    expect((await request('GET', url, omitamaStaff)).json().department).toBeNull();
    const right = await request('PATCH', url, omitamaStaff, { payload: { department: '企画調整課' } });
    expect(right.statusCode).toBe(200);
    expect(right.json().department).toBe('企画調整課');
  });

  it('locks an account for 15 minutes after 5 failed logins, with a clear answer', async () => {
    const db = server.store.db;
    await createStaffUser(db, { login: 'guessed', password: PASSWORD, role: 'staff', municipality: 'omitama' });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await login('guessed', `wrong password ${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401]);
    const fifth = await login('guessed', 'wrong password 5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    expect(fifth.json().error.message).toMatch(/locked for 15 minutes after 5 failed logins/);
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(14 * 60);
    // The right password does not help while locked.
    expect((await login('guessed')).statusCode).toBe(423);
    // An unknown login gets the same answer as a wrong password: logins are not revealed.
    expect((await login('nobody-here', 'whatever')).json().error.code).toBe('invalid_credentials');
    const audit = await db.selectFrom('audit_log').select('action').where('target', '=', 'staff:guessed').execute();
    expect(audit.map((a) => a.action)).toContain('staff.locked');
    // Once the lock runs out, the right password works again.
    await db.updateTable('staff_users').set({ locked_until: new Date(Date.now() - 1000).toISOString() }).where('login', '=', 'guessed').execute();
    expect((await login('guessed')).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) await login('guessed', 'wrong again');
    await unlockStaffUser(db, 'guessed');
    expect((await login('guessed')).statusCode).toBe(200);
  });

  it('stores hostile text verbatim and returns it as JSON text, and searches with it safely', async () => {
    const hostile = await submit({ title: `"><img src=x onerror=alert(1)>`, body: HOSTILE_BODY });
    const detail = await request('GET', `/api/v1/staff/opinions/${hostile.id}`, omitamaStaff);
    expect(detail.headers['content-type']).toMatch(/^application\/json/);
    expect(detail.json().body).toBe(HOSTILE_BODY);
    expect(detail.json().title).toBe(`"><img src=x onerror=alert(1)>`);
    const row = await server.store.db.selectFrom('opinions').select('body').where('id', '=', hostile.id).executeTakeFirstOrThrow();
    expect(row.body).toBe(HOSTILE_BODY);
    for (const q of ['<script>', `' OR '1'='1`, 'DROP TABLE', '%_', '\\']) {
      const found = await request('GET', `/api/v1/staff/opinions?q=${encodeURIComponent(q)}`, omitamaStaff);
      expect(found.statusCode).toBe(200);
      expect(found.json().items.map((i: { id: string }) => i.id), q).toEqual([hostile.id]);
    }
    // % and _ are literal: they do not match everything.
    const literal = await request('GET', `/api/v1/staff/opinions?q=${encodeURIComponent('%')}`, omitamaStaff);
    expect(literal.json().items.map((i: { id: string }) => i.id)).toEqual([hostile.id]);
  });

  it('moves an opinion through the workflow, and the public answer reaches the resident on their next pull', async () => {
    const o = await submit({ nodeId: '1102' });
    const url = `/api/v1/staff/opinions/${o.id}`;
    const pull = async (cursor: number) => (await server.app.inject({ method: 'GET', url: `/api/v1/opinions/mine?cursor=${cursor}`, headers: { authorization: o.device.authorization } })).json();
    const before = await pull(0);
    const reviewing = await request('PATCH', url, omitamaStaff, { payload: { status: 'reviewing', internalNote: '担当課に確認中（田中）' } });
    expect(reviewing.statusCode).toBe(200);
    expect(reviewing.json()).toMatchObject({ status: 'reviewing', internalNote: '担当課に確認中（田中）' });
    expect((await request('PATCH', url, omitamaStaff, { payload: { status: 'new' } })).json().error.code).toBe('invalid_transition');
    const stale = await request('PATCH', url, omitamaStaff, { payload: { expectedVersion: o.receipt.version, department: '市民協働課' } });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'changed_meanwhile']);
    const answered = await request('PATCH', url, omitamaStaff, { payload: { expectedVersion: reviewing.json().version, publicAnswer: '来年度から空き店舗の活用を始めます。', department: '市民協働課' } });
    expect(answered.json()).toMatchObject({ status: 'answered', answer: '来年度から空き店舗の活用を始めます。', department: '市民協働課' });
    expect(answered.json().answeredAt).toBeTruthy();
    expect(answered.json().version).toBeGreaterThan(reviewing.json().version);
    const after = await pull(before.cursor);
    expect(after.items).toEqual([expect.objectContaining({ id: o.id, status: 'answered', answer: '来年度から空き店舗の活用を始めます。' })]);
    // The internal note stays internal.
    expect(JSON.stringify(after)).not.toContain('田中');
    const history = answered.json().history.map((h: { action: string }) => h.action);
    expect(history).toEqual(expect.arrayContaining(['opinion.status', 'opinion.internal-note', 'opinion.answered', 'opinion.department']));
    const audit = await server.store.db.selectFrom('audit_log').select(['actor', 'detail']).where('target', '=', `opinion:${o.id}`).execute();
    expect(audit.every((a) => a.actor === 'staff:omitama-staff')).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/田中|空き店舗/);
    const done = await request('PATCH', url, omitamaStaff, { payload: { status: 'done' } });
    expect(done.json().status).toBe('done');
  });

  it('hides spam with a reason: out of the inbox and the counts, back with hidden=include', async () => {
    const spam = await submit({ nodeId: '1103', title: '広告', body: '格安！ http://spam.example' });
    const countOf = async () => (await request('GET', '/api/v1/staff/counts?planId=sogo-keikaku-2', omitamaStaff)).json().plans[0].nodes.find((n: { nodeId: string }) => n.nodeId === '1103').opinions;
    expect(await countOf()).toBe(1);
    const hidden = await request('PATCH', `/api/v1/staff/opinions/${spam.id}`, omitamaStaff, { payload: { hide: { reason: '広告（スパム）' } } });
    expect(hidden.json().hiddenReason).toBe('広告（スパム）');
    const ids = async (query: string) => (await request('GET', `/api/v1/staff/opinions?pageSize=200${query}`, omitamaStaff)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('')).not.toContain(spam.id);
    expect(await ids('&hidden=include')).toContain(spam.id);
    expect(await ids('&hidden=only')).toEqual([spam.id]);
    expect(await countOf()).toBe(0);
    await request('PATCH', `/api/v1/staff/opinions/${spam.id}`, omitamaStaff, { payload: { hide: null } });
    expect(await ids('')).toContain(spam.id);
  });

  it('filters, sorts and pages the inbox', async () => {
    const device = newDevice();
    const question = await submit({ kind: 'question', nodeId: '1104', language: 'vi', title: 'Câu hỏi', body: 'Lớp tiếng Nhật ở đâu?' }, device);
    const withContact = await submit({ nodeId: '1104', contact: { phone: '0299-48-1111' } }, device);
    const list = async (query: string) => (await request('GET', `/api/v1/staff/opinions?${query}`, omitamaStaff)).json();
    expect((await list('kind=question&language=vi')).items.map((i: { id: string }) => i.id)).toEqual([question.id]);
    expect((await list('nodeId=1104&hasContact=1')).items.map((i: { id: string }) => i.id)).toEqual([withContact.id]);
    expect((await list('nodeId=1104&hasContact=0')).items.map((i: { id: string }) => i.id)).toEqual([question.id]);
    expect((await list('nodeId=1104&sort=oldest')).items.map((i: { id: string }) => i.id)).toEqual([question.id, withContact.id]);
    expect((await list('nodeId=1104&sort=newest')).items.map((i: { id: string }) => i.id)).toEqual([withContact.id, question.id]);
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    expect((await list(`nodeId=1104&from=${today}&to=${today}`)).total).toBe(2);
    expect((await list('nodeId=1104&to=2020-01-01')).total).toBe(0);
    expect((await list('planId=sogo-keikaku-2&status=new&pageSize=1&page=2')).items).toHaveLength(1);
    const paged = await list('pageSize=2&page=1&hidden=include');
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(2);
    // Personal data never appears in the list, only whether there is any.
    expect(JSON.stringify(await list('pageSize=200'))).not.toMatch(/0299-48-1111|taro@example/);
    expect((await request('GET', '/api/v1/staff/opinions?status=unknown', omitamaStaff)).statusCode).toBe(400);
  });

  it('shows personal data in the opinion detail only, and records that it was seen', async () => {
    const detail = (await request('GET', `/api/v1/staff/opinions/${omitamaOpinionId}`, omitamaStaff)).json();
    expect(detail.contact).toEqual({ name: '小美 太郎', email: 'taro@example.jp', phone: null });
    expect(detail.nodeTitle).toMatch(/1101/);
    const audit = await server.store.db.selectFrom('audit_log').select('action').where('target', '=', `opinion:${omitamaOpinionId}`).execute();
    expect(audit.map((a) => a.action)).toContain('opinion.personal-data-viewed');
  });

  it('counts opinions and reactions per plan node, as JSON and as CSV', async () => {
    const { v7 } = await import('uuid');
    for (const kind of ['support', 'interest']) {
      const r = await server.app.inject({ method: 'POST', url: '/api/v1/reactions', payload: { id: v7(), kind, municipality: 'omitama', planId: 'sogo-keikaku-2', nodeId: '1105' }, headers: { authorization: newDevice().authorization } });
      expect(r.statusCode).toBe(200);
    }
    await submit({ nodeId: '1105' });
    const plans = (await request('GET', '/api/v1/staff/counts', omitamaStaff)).json().plans;
    expect(plans.map((p: { planId: string }) => p.planId)).toEqual(expect.arrayContaining(['sogo-keikaku-2', 'sogo-senryaku-3']));
    const node = plans.find((p: { planId: string }) => p.planId === 'sogo-keikaku-2').nodes.find((n: { nodeId: string }) => n.nodeId === '1105');
    expect(node).toMatchObject({ opinions: 1, support: 1, interest: 1 });
    const csv = await request('GET', '/api/v1/staff/counts.csv', omitamaStaff);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = await spreadsheetRows(csv.rawPayload);
    expect(rows[0]).toEqual(['計画ID', '計画', '施策ID', '施策', '意見数', '賛成', '関心あり']);
    const line = rows.find((r) => r[0] === 'sogo-keikaku-2' && r[2] === '1105')!;
    expect(line.slice(4)).toEqual(['1', '1', '1']);
    expect(line[1]).toMatch(/小美玉市第2次総合計画/);
  });

  it('exports the filtered list as Excel-ready CSV and JSON, personal data only when an admin asks', async () => {
    const named = await submit({ nodeId: '1102-2', title: '公園の遊具', body: '=HYPERLINK("http://evil.example","更新")', contact: { name: '玉里 花子', email: 'hanako@example.jp' } });
    const csv = await request('GET', '/api/v1/staff/export.csv?nodeId=1102-2', omitamaStaff);
    expect(csv.statusCode).toBe(200);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.payload).toContain('\r\n');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="machiplan-opinions-omitama-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = await spreadsheetRows(csv.rawPayload);
    expect(rows[0]!.slice(0, 5)).toEqual(['受付番号', '受付日時', '記入日時', '種類', '状態']);
    expect(rows[0]).toEqual(expect.arrayContaining(['計画', '施策', '件名', '内容', '担当課', '公開回答', '内部メモ']));
    expect(rows[0]).not.toContain('氏名');
    expect(rows).toHaveLength(2);
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf('受付番号')]).toBe(named.receipt.receiptNumber);
    expect(row[header.indexOf('件名')]).toBe('公園の遊具');
    expect(row[header.indexOf('状態')]).toBe('新規');
    // A formula from a resident is shown, never run.
    expect(row[header.indexOf('内容')]).toBe(`'=HYPERLINK("http://evil.example","更新")`);
    expect(csv.payload).not.toMatch(/玉里|hanako/);

    expect((await request('GET', '/api/v1/staff/export.csv?nodeId=1102-2&personal=1', omitamaStaff)).statusCode).toBe(403);
    const adminPlain = await request('GET', '/api/v1/staff/export.csv?nodeId=1102-2', omitamaAdmin);
    expect(adminPlain.payload).not.toMatch(/玉里|hanako/);
    const personal = await request('GET', '/api/v1/staff/export.csv?nodeId=1102-2&personal=1', omitamaAdmin);
    const personalRows = await spreadsheetRows(personal.rawPayload);
    expect(personalRows[0]!.slice(-3)).toEqual(['氏名', 'メールアドレス', '電話番号']);
    const [personalHeader, personalRow] = personalRows as [string[], string[]];
    expect([personalRow[personalHeader.indexOf('氏名')], personalRow[personalHeader.indexOf('メールアドレス')]]).toEqual(['玉里 花子', 'hanako@example.jp']);
    const audit = await server.store.db.selectFrom('audit_log').select(['actor', 'action', 'detail']).where('action', '=', 'export.personal-data').execute();
    expect(audit).toEqual([expect.objectContaining({ actor: 'staff:omitama-admin', detail: 'csv, 1 opinions' })]);

    const json = await request('GET', '/api/v1/staff/export.json?nodeId=1102-2', omitamaStaff);
    expect(json.json().items).toEqual([expect.objectContaining({ id: named.id, body: named.body })]);
    expect(json.payload).not.toMatch(/玉里|hanako/);
    const jsonPersonal = await request('GET', '/api/v1/staff/export.json?nodeId=1102-2&personal=1', omitamaAdmin);
    expect(jsonPersonal.json().items[0].contact).toEqual({ name: '玉里 花子', email: 'hanako@example.jp', phone: null });
  });
});
