import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openControlledPage, startServer, type RunningServer } from './harness.ts';

let server: RunningServer;
let browser: Browser;
const deployDir = mkdtempSync(join(tmpdir(), 'machiplan-deploy-'));

beforeAll(async () => {
  cpSync(resolve(import.meta.dirname, '../../dist'), deployDir, { recursive: true });
  server = await startServer({ staticDir: deployDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  rmSync(deployDir, { recursive: true, force: true });
});

describe('a new version of the app', () => {
  it('is offered with 「新しいバージョンがあります — 更新」 and applied only when the user says so', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await openControlledPage(context, `${server.url}/omitama/sogo-keikaku-2`);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    // A new build is deployed: its service worker differs byte for byte.
    appendFileSync(join(deployDir, 'sw.js'), `\n// build ${Date.now()}\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 20_000 });
    expect(await prompt.textContent()).toContain('新しいバージョンがあります');
    // Nothing reloads by itself while the prompt waits.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '更新' }).click()]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const state = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: !!r?.waiting, controller: navigator.serviceWorker.controller?.scriptURL };
    });
    expect(state).toEqual({ waiting: false, controller: firstWorker });
    await context.close();
  });
});
