/**
 * A resident's device proves itself with a random secret it keeps in IndexedDB. The server keeps
 * only the secret's SHA-256 hash: the first request from a device registers it, later ones must
 * present the same secret. No account, no personal data.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DEVICE_AUTH } from '../../model/opinion.ts';
import type { Database } from '../storage/database.ts';

export class DeviceAuthError extends Error {}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function deviceCredentials(request: FastifyRequest): { deviceId: string; secret: string } | null {
  const match = DEVICE_AUTH.exec(request.headers.authorization ?? '');
  return match ? { deviceId: match[1]!, secret: match[2]! } : null;
}

/** The device id when the credentials are good (registering a new device), else throws. */
export async function authenticateDevice(db: Database, request: FastifyRequest, register: boolean): Promise<string> {
  const credentials = deviceCredentials(request);
  if (!credentials) throw new DeviceAuthError('missing or malformed device credentials');
  const { deviceId, secret } = credentials;
  const expected = hash(secret);
  const existing = await db.selectFrom('devices').select('secret_hash').where('id', '=', deviceId).executeTakeFirst();
  if (existing) {
    if (!timingSafeEqual(Buffer.from(existing.secret_hash), Buffer.from(expected))) throw new DeviceAuthError('device secret does not match');
    return deviceId;
  }
  if (!register) throw new DeviceAuthError('unknown device');
  await db
    .insertInto('devices')
    .values({ id: deviceId, secret_hash: expected, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  // A concurrent first request may have registered it with another secret: check again.
  const stored = await db.selectFrom('devices').select('secret_hash').where('id', '=', deviceId).executeTakeFirstOrThrow();
  if (stored.secret_hash !== expected) throw new DeviceAuthError('device secret does not match');
  return deviceId;
}
