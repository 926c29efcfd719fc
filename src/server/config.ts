import { resolve } from 'node:path';
import { z } from 'zod';

/** Server settings, from the environment (see README "Configuration"). */
export const ServerConfig = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().default('0.0.0.0'),
  /** PostgreSQL when set; otherwise the embedded SQLite database under dataDir. */
  databaseUrl: z.string().url().optional(),
  dataDir: z.string().default('var'),
  staticDir: z.string().default('dist'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute from one IP address to the API. */
  rateLimitPerMinute: z.coerce.number().int().positive().default(300),
  /** Opinions per hour from one device. */
  opinionsPerDevicePerHour: z.coerce.number().int().positive().default(60),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const config = ServerConfig.parse({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.MACHIPLAN_DATA_DIR,
    staticDir: env.MACHIPLAN_STATIC_DIR,
    logLevel: env.LOG_LEVEL,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    opinionsPerDevicePerHour: env.OPINIONS_PER_DEVICE_PER_HOUR,
  });
  return { ...config, dataDir: resolve(config.dataDir), staticDir: resolve(config.staticDir) };
}
