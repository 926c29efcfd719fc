/**
 * A real server for integration tests, on a real database: the embedded SQLite in a temporary
 * folder, or PostgreSQL when TEST_DATABASE_URL is set (CI starts one). Requests go through
 * Fastify's inject, so no port is needed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { ServerConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/storage/database.ts';

export type DatabaseChoice = 'sqlite' | 'postgres';
export const databaseChoices: DatabaseChoice[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/**
 * Test files run in parallel but share the one PostgreSQL database: each server holds an advisory
 * lock from the reset of the schema until it closes, so they take turns instead of dropping each
 * other's tables. Closing the returned client releases the lock.
 */
const POSTGRES_TEST_LOCK = 20_260_408;
async function freshPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('select pg_advisory_lock($1)', [POSTGRES_TEST_LOCK]);
  await client.query('drop schema if exists public cascade; create schema public');
  return client;
}

export async function startTestServer(choice: DatabaseChoice, overrides: Partial<ServerConfig> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'machiplan-test-'));
  const postgresLock = choice === 'postgres' ? await freshPostgres(process.env.TEST_DATABASE_URL!) : null;
  const config = ServerConfig.parse({
    dataDir,
    staticDir: resolve(import.meta.dirname, '../../dist'),
    databaseUrl: choice === 'postgres' ? process.env.TEST_DATABASE_URL : undefined,
    logLevel: 'silent',
    ...overrides,
  });
  const store = await openDatabase(config);
  const app = await buildServer(config, store);
  return {
    app,
    store,
    async close() {
      await app.close();
      await store.close();
      await postgresLock?.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One server on the embedded database for a describe block: `server.app` inside its tests. */
export function useTestServer(overrides: Partial<ServerConfig> = {}) {
  const holder = {} as { app: Awaited<ReturnType<typeof startTestServer>>['app'] };
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer('sqlite', overrides);
    holder.app = server.app;
  });
  afterAll(() => server?.close());
  return holder;
}

export function newDevice() {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, authorization: `Device ${id}.${secret}` };
}

export function opinion(overrides: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    kind: 'comment',
    municipality: 'omitama',
    planId: 'sogo-keikaku-2',
    nodeId: '1101',
    title: '活動拠点について',
    body: '空き店舗を活動拠点に使えるようにしてほしいです。',
    language: 'ja',
    consent: true,
    writtenAt: new Date().toISOString(),
    ...overrides,
  };
}

export { sql };
