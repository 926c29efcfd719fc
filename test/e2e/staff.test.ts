import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/server/staff/staff-users.ts';
import { openDatabase } from '../../src/server/storage/database.ts';
import { accessibilityViolations } from './axe.ts';
import { launchBrowser, openControlledPage, startServer, type RunningServer } from './harness.ts';
import { writeOpinion as writeResidentOpinion } from './resident.ts';

const PASSWORD = 'omitama staff password';
const HOSTILE_BODY = `<script>alert(1)</script>"><img src=x onerror=alert(1)> '); DROP TABLE opinions; --`;
const ANSWER = '夜間窓口は来年度から毎週木曜日に開きます。';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer({ env: { OPINIONS_PER_DEVICE_PER_HOUR: '1000', RATE_LIMIT_PER_MINUTE: '10000' } });
  browser = await launchBrowser();
  // Accounts are made as `npm run staff -- add` makes them, in the running server's own database.
  const store = await openDatabase({ dataDir: server.dataDir });
  try {
    await createStaffUser(store.db, { login: 'omitama-kikaku', password: PASSWORD, role: 'staff', municipality: 'omitama' });
  } finally {
    await store.close();
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.dispose();
});

async function newContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ locale: 'ja-JP', ...options });
  contexts.push(context);
  return context;
}

const writeOpinion = (page: Page, path: string, fields: { title: string; body: string; name?: string }) => writeResidentOpinion(page, `${server.url}${path}`, fields);

async function logIn(page: Page, password: string) {
  await page.getByLabel('ログインID').fill('omitama-kikaku');
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

describe('the staff console', () => {
  it('answers a resident: submit on the phone → answer in the console → the phone syncs and shows it', async () => {
    // The resident, on a phone.
    const resident = await newContext({ viewport: { width: 390, height: 844 } });
    const residentRequests: string[] = [];
    resident.on('request', (r) => residentRequests.push(r.url()));
    const phone = await openControlledPage(resident, `${server.url}/omitama/sogo-keikaku-2/1101`);
    await writeOpinion(phone, '/opinions/new?city=omitama&plan=sogo-keikaku-2&node=1101', { title: '夜間の窓口', body: HOSTILE_BODY, name: '小美 花子' });
    await expect.poll(() => phone.locator('.receipt').count(), { timeout: 20_000 }).toBe(1);

    // Staff, at a desktop.
    const staff = await newContext({ viewport: { width: 1366, height: 900 } });
    const console_ = await staff.newPage();
    const dialogs: string[] = [];
    console_.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await console_.goto(`${server.url}/staff`);
    await console_.getByRole('heading', { level: 1, name: '職員ログイン' }).waitFor();
    await logIn(console_, 'not the password');
    expect(await console_.getByRole('alert').textContent()).toBe('ログインIDまたはパスワードが違います。');
    await logIn(console_, PASSWORD);
    await console_.getByRole('heading', { level: 1, name: '受信箱' }).waitFor();
    expect(await accessibilityViolations(console_)).toEqual([]);

    // Search the inbox, open the opinion: the hostile text is there, as text, and nothing runs.
    await console_.getByLabel('キーワード（件名・内容・受付番号）').fill('<script>');
    await console_.getByRole('button', { name: '絞り込む' }).click();
    await expect.poll(() => console_.getByTestId('staff-opinion-row').count()).toBe(1);
    expect(console_.url()).toContain('q=%3Cscript%3E');
    await console_.getByRole('link', { name: '夜間の窓口' }).click();
    const body = console_.getByTestId('staff-opinion-body');
    await body.waitFor();
    expect(await body.textContent()).toBe(HOSTILE_BODY);
    expect(await console_.locator('img[src="x"]').count()).toBe(0);
    expect(await console_.locator('.staff-body script').count()).toBe(0);
    // Personal data is shown here, and only here; the node links to its plan page.
    await console_.getByText('小美 花子').waitFor();
    expect(await console_.getByRole('link', { name: /1101/ }).getAttribute('href')).toBe('/omitama/sogo-keikaku-2/1101');
    expect(await accessibilityViolations(console_)).toEqual([]);

    await console_.getByLabel('担当課').fill('市民協働課');
    await console_.getByLabel('公開する回答').fill(ANSWER);
    await console_.getByRole('button', { name: '保存する' }).click();
    await console_.getByText('保存しました。').waitFor();
    expect(await console_.locator('.staff-status').first().textContent()).toBe('回答済');
    await console_.getByText('回答を公開').waitFor(); // the history
    expect(dialogs).toEqual([]);

    // Back on the phone: reopening わたしの意見 syncs, and the answer is there.
    await phone.goto(`${server.url}/opinions`);
    await expect.poll(() => phone.locator('.answer').textContent().catch(() => ''), { timeout: 20_000 }).toContain(ANSWER);
    expect(await phone.locator('.opinion .badge', { hasText: '回答済み' }).count()).toBe(1);

    // Residents never fetched the console's code or API.
    expect(residentRequests.filter((u) => /StaffConsole|\/api\/v1\/staff/.test(u))).toEqual([]);
  });

  it('is left out of the service worker precache, so residents never download it', () => {
    const sw = readFileSync(join(resolve(import.meta.dirname, '../../dist'), 'sw.js'), 'utf8');
    expect(sw).toContain('assets/index-');
    expect(sw).not.toContain('StaffConsole');
  });

  it('shows the counts per node over the plan tree and offers exports without personal data', async () => {
    const staff = await newContext({ viewport: { width: 1366, height: 900 } });
    const page = await staff.newPage();
    await page.goto(`${server.url}/staff/counts`);
    await logIn(page, PASSWORD);
    await page.getByRole('heading', { level: 1, name: '施策ごとの件数' }).waitFor();
    const row = page.getByRole('row', { name: /1101 市民協働推進のための環境づくり/ });
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe('1');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '受信箱' }).click();
    await page.getByRole('link', { name: 'CSV（Excel用）' }).waitFor();
    expect(await page.getByRole('link', { name: '個人情報を含むCSV' }).count()).toBe(0); // staff, not admin
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV（Excel用）' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF受付番号,')).toBe(true);
    expect(csv).toContain('夜間の窓口');
    expect(csv).not.toContain('小美 花子');
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('heading', { level: 1, name: '職員ログイン' }).waitFor();
  });
});
