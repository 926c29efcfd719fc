/**
 * Server ingest: opinions per second and p99 latency with the embedded database, on loopback,
 * from many devices at once (autocannon). Every request is a new opinion with its own UUID v7.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { v7 as uuidv7 } from 'uuid';
import { startServer } from '../../test/e2e/harness.ts';

export async function ingestBenchmark(seconds = 10, connections = 50) {
  const server = await startServer({ env: { RATE_LIMIT_PER_MINUTE: '100000000', OPINIONS_PER_DEVICE_PER_HOUR: '100000000', LOG_LEVEL: 'error' } });
  const devices = Array.from({ length: 200 }, () => `Device ${randomUUID()}.${randomBytes(32).toString('base64url')}`);
  let n = 0;
  try {
    const result = await autocannon({
      url: `${server.url}/api/v1/opinions`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            n++;
            return {
              ...request,
              headers: { 'content-type': 'application/json', authorization: devices[n % devices.length]! },
              body: JSON.stringify({
                id: uuidv7(), kind: 'comment', municipality: 'omitama', planId: 'sogo-keikaku-2', nodeId: '1101',
                title: `ベンチマーク ${n}`, body: '活動拠点の確保をお願いします。', language: 'ja', consent: true, writtenAt: new Date().toISOString(),
              }),
            };
          },
        },
      ],
    });
    return {
      perSecond: result['2xx'] / (result.duration || seconds),
      p99: result.latency.p99,
      p50: result.latency.p50,
      errors: result.errors + result.non2xx,
      total: result['2xx'],
    };
  } finally {
    await server.dispose();
  }
}
