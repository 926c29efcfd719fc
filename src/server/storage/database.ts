/**
 * The one query layer: Kysely over the embedded SQLite database (default, under the data dir) or
 * PostgreSQL (when DATABASE_URL is set). Both get the same migrations on start.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from './tables.ts';
import { migrateToLatest } from './migrations.ts';

export type Database = Kysely<DatabaseSchema>;
export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<OpenDatabase> {
  const { db, kind } = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dataDir);
  await migrateToLatest(db);
  return { db, kind, close: () => db.destroy() };
}

function openSqlite(dataDir: string): { db: Database; kind: DatabaseKind } {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(join(dataDir, 'machiplan.sqlite'));
  // An acknowledged opinion must survive kill -9 and power loss: WAL with a full fsync per commit.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) }), kind: 'sqlite' };
}

function openPostgres(url: string): { db: Database; kind: DatabaseKind } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return { db: new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' };
}
