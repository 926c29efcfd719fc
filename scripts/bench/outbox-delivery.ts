/**
 * How long the app takes to deliver 500 opinions queued offline, once it is back online:
 * the items are put straight into the device's outbox, then the page hears "online".
 */
import { v7 as uuidv7 } from 'uuid';
import { launchBrowser, openControlledPage, startServer } from '../../test/e2e/harness.ts';

export async function outboxDeliveryBenchmark(count = 500): Promise<number> {
  const server = await startServer({ env: { RATE_LIMIT_PER_MINUTE: '100000000', OPINIONS_PER_DEVICE_PER_HOUR: '100000000', LOG_LEVEL: 'error' } });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await openControlledPage(context, `${server.url}/opinions`);
    await context.setOffline(true);
    const ids = Array.from({ length: count }, () => uuidv7());
    await page.evaluate(async (list) => {
      const open = indexedDB.open('machiplan');
      const db: IDBDatabase = await new Promise((ok, fail) => ((open.onsuccess = () => ok(open.result)), (open.onerror = fail)));
      const tx = db.transaction('outbox', 'readwrite');
      const now = Date.now();
      list.forEach((id, i) =>
        tx.objectStore('outbox').put({
          id, type: 'opinion', state: 'queued', attempts: 0, nextAttemptAt: now, createdAt: now + i, updatedAt: now,
          payload: { id, kind: 'comment', municipality: 'omitama', planId: 'sogo-keikaku-2', nodeId: '1101', title: `意見 ${i}`, body: '本文', language: 'ja', consent: true, writtenAt: new Date(now).toISOString() },
        }),
      );
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, ids);
    const start = Date.now();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const delivered = () =>
      page.evaluate(async () => {
        const open = indexedDB.open('machiplan');
        const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
        const n: number = await new Promise((ok) => {
          const r = db.transaction('outbox').objectStore('outbox').index('state').count(IDBKeyRange.only('delivered'));
          r.onsuccess = () => ok(r.result);
        });
        db.close();
        return n;
      });
    const deadline = Date.now() + 120_000;
    while ((await delivered()) < count) {
      if (Date.now() > deadline) throw new Error('the outbox was not delivered within 2 minutes');
      await new Promise((r) => setTimeout(r, 50));
    }
    return Date.now() - start;
  } finally {
    await browser.close();
    await server.dispose();
  }
}
