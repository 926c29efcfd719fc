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
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
