/** This device's id and secret, made once and kept in IndexedDB; the server stores only the secret's hash. */
import { db } from '../db/database.ts';

export interface Device {
  id: string;
  secret: string;
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function getDevice(): Promise<Device> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('device');
    if (stored) return stored.value as Device;
    const device = { id: crypto.randomUUID(), secret: randomSecret() };
    await db.meta.put({ key: 'device', value: device });
    return device;
  });
}

export const deviceAuthorization = (d: Device) => `Device ${d.id}.${d.secret}`;
