/** npm start: open the database (migrating it), then serve the API and the built app. */
import { buildServer } from './app.ts';
import { configFromEnv } from './config.ts';
import { openDatabase } from './storage/database.ts';

const config = configFromEnv();
const store = await openDatabase(config);
const app = await buildServer(config, store);

const shutdown = async () => {
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
app.log.info(`Machiplan on http://localhost:${(app.server.address() as { port: number }).port} (database: ${store.kind})`);
