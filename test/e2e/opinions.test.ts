import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openControlledPage, startServer, type RunningServer } from './harness.ts';
import { writeOpinion as writeResidentOpinion } from './resident.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer({ env: { OPINIONS_PER_DEVICE_PER_HOUR: '1000', RATE_LIMIT_PER_MINUTE: '10000' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});
beforeEach(async () => {
  context = await browser.newContext({ locale: 'ja-JP' });
});
afterEach(async () => {
  await context.close();
});

/** Reads the server's own database file, as staff tooling would. */
function serverRows(): { id: string; receipt_number: string; kind: string; title: string }[] {
  const db = new SQLite(join(server.dataDir, 'machiplan.sqlite'), { readonly: true });
  try {
    return db.prepare('select id, receipt_number, kind, title from opinions order by received_at').all() as never;
  } finally {
    db.close();
  }
}

const writeOpinion = (page: Page, path: string, fields: Parameters<typeof writeResidentOpinion>[2]) =>
  writeResidentOpinion(page, `${server.url}${path}`, fields);

const receipts = (page: Page) => page.locator('.receipt').allTextContents();

describe('opinions written offline', () => {
  it('are kept through reload and closing the page, and arrive exactly once when back online', async () => {
    const before = serverRows().length;
    let page = await openControlledPage(context, `${server.url}/omitama/sogo-keikaku-2/1104`);
    // No connection — and, so that no path can slip through (a restarted service worker may escape
    // the browser's offline emulation), no server either until the resident is back online.
    await context.setOffline(true);
    await server.stop();
    await writeOpinion(page, '/opinions/new?city=omitama&plan=sogo-keikaku-2&node=1104', { title: '空き店舗の活用', body: '駅前の空き店舗を活動拠点にしてほしい。' });
    await writeOpinion(page, '/opinions/new?city=omitama&plan=sogo-keikaku-2', { kind: '質問', title: '学区コミュニティ', body: 'まだ組織のない学区はどこですか。', name: '小美 花子' });
    await writeOpinion(page, '/opinions/new?city=omitama&plan=sogo-senryaku-3&node=401', { kind: 'パブリックコメント（案への意見）', title: '住宅取得の補助', body: '若者世帯への補助を広げてほしい。' });
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toBe('送信待ち 3件');
    await page.reload();
    await expect.poll(() => page.getByTestId('opinion').count()).toBe(3);
    await page.close();
    page = await context.newPage();
    await page.goto(`${server.url}/opinions`);
    await expect.poll(() => page.getByTestId('opinion').count()).toBe(3);
    expect(serverRows().length).toBe(before);

    await server.restart();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => receipts(page), { timeout: 20_000 }).toHaveLength(3);
    for (const r of await receipts(page)) expect(r).toMatch(/受付番号 OMI-\d{4}-\d{6}/);
    const rows = serverRows().slice(before);
    expect(rows.map((r) => r.title).sort()).toEqual(['住宅取得の補助', '学区コミュニティ', '空き店舗の活用']);
    expect(rows.map((r) => r.kind).sort()).toEqual(['comment', 'public-comment', 'question']);
    expect(await page.getByTestId('sync-status').count()).toBe(0);
  });

  it('keeps a half-written draft through a reload', async () => {
    const page = await openControlledPage(context, `${server.url}/opinions/new?city=kasumigaura&plan=sogo-keikaku&node=7-2-2`);
    await page.getByLabel('件名').fill('日本語教室');
    await page.getByLabel('内容').fill('土曜日の夜にも教室を開いてほしいです。');
    await page.waitForTimeout(600);
    await page.reload();
    expect(await page.getByLabel('件名').inputValue()).toBe('日本語教室');
    expect(await page.getByLabel('内容').inputValue()).toBe('土曜日の夜にも教室を開いてほしいです。');
  });

  it('shows a translated error on bad input and loses nothing', async () => {
    const page = await openControlledPage(context, `${server.url}/opinions/new?city=omitama&plan=sogo-keikaku-2&node=1101`);
    await page.getByLabel('内容').fill('件名を書き忘れました。');
    await page.getByRole('button', { name: '送信する' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('「件名」を入力してください。');
    expect(await alert.textContent()).toContain('プライバシーについての説明への同意が必要です。');
    expect(await page.getByLabel('内容').inputValue()).toBe('件名を書き忘れました。');
  });

  it('survives the server being killed during a sync: nothing lost, nothing stored twice', async () => {
    const COUNT = 40;
    const before = serverRows().length;
    const page = await openControlledPage(context, `${server.url}/opinions`);
    await context.setOffline(true);
    // Queue many at once (as if written offline over a day), straight into the device's outbox.
    const ids = Array.from({ length: COUNT }, () => uuidv7());
    await page.evaluate(async (list) => {
      const open = indexedDB.open('machiplan');
      const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
      const tx = db.transaction('outbox', 'readwrite');
      const now = Date.now();
      list.forEach((id, i) =>
        tx.objectStore('outbox').put({
          id, type: 'opinion', state: 'queued', attempts: 0, nextAttemptAt: now, createdAt: now + i, updatedAt: now,
          payload: { id, kind: 'comment', municipality: 'shimotsuma', planId: 'sogo-keikaku', nodeId: '6-2-1', title: `広報について ${i}`, body: `意見 ${i}`, language: 'ja', consent: true, writtenAt: new Date(now).toISOString() },
        }),
      );
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, ids);
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => serverRows().length - before, { timeout: 10_000, interval: 10 }).toBeGreaterThan(0);
    await server.stop('SIGKILL');
    const arrivedBeforeKill = serverRows().length - before;
    expect(arrivedBeforeKill).toBeLessThan(COUNT); // the kill really came in the middle of the sync
    await page.waitForTimeout(500);
    await server.restart();
    await page.getByRole('button', { name: '今すぐ送る' }).click({ timeout: 5_000 }).catch(() => undefined);
    await expect.poll(() => receipts(page), { timeout: 60_000 }).toHaveLength(COUNT);
    const rows = serverRows().slice(before);
    expect(rows).toHaveLength(COUNT);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(ids));
    expect(new Set(rows.map((r) => r.receipt_number)).size).toBe(COUNT);
  });

  it("shows the server's rejection with its reason and lets the resident correct and resend", async () => {
    const db = new SQLite(join(server.dataDir, 'machiplan.sqlite'));
    db.prepare("insert into comment_periods (municipality, plan_id, closes_at, grace_days) values ('omitama', 'sogo-senryaku-3', ?, 14) on conflict do update set closes_at = excluded.closes_at")
      .run(new Date(Date.now() - 86_400_000).toISOString());
    db.close();
    const page = await openControlledPage(context, `${server.url}/omitama/sogo-senryaku-3/101`);
    await writeOpinion(page, '/opinions/new?city=omitama&plan=sogo-senryaku-3&node=101', { kind: 'パブリックコメント（案への意見）', title: '出会いの場', body: 'オンラインの出会いイベントを増やしてほしい。' });
    const rejected = page.locator('.opinion--rejected');
    await rejected.waitFor({ timeout: 15_000 });
    expect(await rejected.getByRole('alert').textContent()).toContain('締切のあとに書かれたため');
    await rejected.getByRole('link', { name: '直して送り直す' }).click();
    expect(await page.getByLabel('内容').inputValue()).toBe('オンラインの出会いイベントを増やしてほしい。');
    await page.getByRole('radio', { name: '提案' }).check();
    await page.getByRole('button', { name: '送信する' }).click();
    await expect.poll(() => page.locator('.opinion', { hasText: '出会いの場' }).locator('.receipt').count(), { timeout: 15_000 }).toBe(1);
    expect(serverRows().filter((r) => r.title === '出会いの場')).toHaveLength(1);
  });
});
