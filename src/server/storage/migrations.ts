/**
 * Migrations, applied in order on start; the same list for SQLite and PostgreSQL, so each one uses
 * only types both understand.
 */
import { type Kysely, type Migration, Migrator, sql } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001-server-info': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('server_info')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into server_info (key, value) values ('created_at', ${new Date().toISOString()})`.execute(db);
    },
  },
  '0002-opinions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('devices')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('opinions')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('device_id', 'varchar(36)', (c) => c.notNull().references('devices.id'))
        .addColumn('municipality', 'varchar(64)', (c) => c.notNull())
        .addColumn('plan_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('node_id', 'varchar(64)')
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('language', 'varchar(16)', (c) => c.notNull())
        .addColumn('age_group', 'varchar(16)')
        .addColumn('area', 'text')
        .addColumn('written_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('receipt_number', 'varchar(32)', (c) => c.notNull().unique())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('answer', 'text')
        .addColumn('answered_at', 'varchar(32)')
        .addColumn('department', 'text')
        .addColumn('internal_note', 'text')
        .addColumn('hidden_reason', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('opinions_device_version').on('opinions').columns(['device_id', 'version']).execute();
      await db.schema.createIndex('opinions_city_received').on('opinions').columns(['municipality', 'received_at']).execute();
      await db.schema
        .createTable('opinion_contacts')
        .addColumn('opinion_id', 'varchar(36)', (c) => c.primaryKey().references('opinions.id').onDelete('cascade'))
        .addColumn('name', 'text')
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .execute();
      await db.schema
        .createTable('reactions')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('device_id', 'varchar(36)', (c) => c.notNull().references('devices.id'))
        .addColumn('municipality', 'varchar(64)', (c) => c.notNull())
        .addColumn('plan_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('node_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addUniqueConstraint('reactions_once_per_device', ['device_id', 'municipality', 'plan_id', 'node_id', 'kind'])
        .execute();
      await db.schema
        .createTable('counters')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('comment_periods')
        .addColumn('municipality', 'varchar(64)', (c) => c.notNull())
        .addColumn('plan_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('closes_at', 'varchar(32)')
        .addColumn('grace_days', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('comment_periods_pk', ['municipality', 'plan_id'])
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .execute();
    },
  },
  '0003-staff': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('login', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'varchar(16)', (c) => c.notNull())
        .addColumn('municipality', 'varchar(64)', (c) => c.notNull())
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'varchar(32)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('user_id').execute();
      // The console shows each opinion's history: audit entries are read by target.
      await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target', 'at']).execute();
    },
  },
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
