import { brotliDecompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const dataIndex = JSON.parse(readFileSync(resolve(dist, 'data/index.json'), 'utf8'));

describe('built app delivery', () => {
  const server = useTestServer();

  it('sends the brotli copy of a plan bundle to a browser that accepts it, identical once decoded', async () => {
    const url: string = dataIndex.plans[0].url;
    expect(url).toMatch(/^\/data\/plans\//);
    const res = await server.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toContain('immutable');
    const original = readFileSync(resolve(dist, `.${url}`));
    expect(res.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(res.rawPayload).equals(original)).toBe(true);
  });

  it('sends plain bytes to a client that asks for no encoding', async () => {
    const res = await server.app.inject({ url: '/data/index.json', headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().version).toBe(dataIndex.version);
  });

  it('keeps the data index and the app shell revalidated, also when compressed', async () => {
    for (const url of ['/data/index.json', '/', '/omitama/sogo-keikaku-2/1101']) {
      const res = await server.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toContain('no-cache');
    }
  });
});
