import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './axe.ts';
import { launchBrowser, openControlledPage, startServer, type RunningServer } from './harness.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
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

describe('reading a plan', () => {
  it('lists the three cities and opens the 小美玉市 総合計画 with its goals and measures', async () => {
    const page = await openControlledPage(context, server.url);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['小美玉市', 'かすみがうら市', '下妻市']);
    await page.getByRole('link', { name: '小美玉市第2次総合計画' }).click();
    await page.getByRole('heading', { level: 1, name: '小美玉市第2次総合計画' }).waitFor();
    expect(page.url()).toBe(`${server.url}/omitama/sogo-keikaku-2`);
    await expect.poll(() => page.getByText('市民協働・コミュニティ活動の推進').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('まちづくり活動に携わる人材育成').count()).toBeGreaterThan(0);
  });

  it('reloads a deep link with no connection once the app has been opened', async () => {
    const page = await openControlledPage(context, `${server.url}/omitama/sogo-keikaku-2`);
    await page.getByText('情報発信によるシティプロモーションの推進').first().waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '小美玉市第2次総合計画' }).waitFor();
    await page.getByText('シティプロモーションの推進', { exact: true }).first().waitFor();
    const health = await page.evaluate(() => fetch('/api/v1/health').then((r) => r.status, () => 'network error'));
    expect(health).toBe('network error'); // /api is never answered by the app-shell fallback
  });

  it('has no accessibility violations on the home and plan pages', async () => {
    const page = await openControlledPage(context, server.url);
    await page.getByRole('heading', { level: 2, name: '小美玉市' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${server.url}/omitama/sogo-keikaku-2`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
