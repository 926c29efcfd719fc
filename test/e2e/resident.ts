/** What a resident does in the app, as steps the end-to-end tests share (a small page model). */
import type { Page } from 'playwright-core';

export async function writeOpinion(page: Page, url: string, fields: { kind?: string; title: string; body: string; name?: string }) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: '意見・提案を書く' }).waitFor();
  if (fields.kind) await page.getByRole('radio', { name: fields.kind }).check();
  await page.getByLabel('件名').fill(fields.title);
  await page.getByLabel('内容').fill(fields.body);
  if (fields.name) await page.getByLabel('お名前').fill(fields.name);
  await page.getByLabel('プライバシーについての説明を読み、同意します').check();
  await page.getByRole('button', { name: '送信する' }).click();
  await page.getByRole('heading', { level: 1, name: 'わたしの意見' }).waitFor();
}
