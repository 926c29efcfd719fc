import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './axe.ts';
import { openControlledPage, useBrowserSession } from './harness.ts';

const session = useBrowserSession();

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

describe('reading a plan', () => {
  it('lists the three cities and four plans, and goes city → plan → goal → measure', async () => {
    const page = await openControlledPage(session.context, session.server.url);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['小美玉市', 'かすみがうら市', '下妻市', 'オープンデータ']);
    await page.getByRole('link', { name: '小美玉市', exact: true }).click();
    await heading(page, '小美玉市');
    await page.getByRole('link', { name: '小美玉市第2次総合計画' }).click();
    await heading(page, '小美玉市第2次総合計画');
    await page.getByRole('link', { name: /市民協働・コミュニティ活動の推進/ }).click();
    await heading(page, '市民協働・コミュニティ活動の推進');
    expect(page.url()).toBe(`${session.server.url}/omitama/sogo-keikaku-2/11`);
    await page.getByText('58団体').waitFor();
    await page.getByRole('link', { name: /1102 まちづくり活動に携わる人材育成/ }).click();
    await heading(page, 'まちづくり活動に携わる人材育成');
    await page.getByText('市民協働課').waitFor();
    await expect.poll(() => page.title()).toBe('1102 まちづくり活動に携わる人材育成 — 小美玉市第2次総合計画 — まちプラン');
    const crumbs = await page.getByRole('navigation', { name: '現在地' }).getByRole('listitem').allTextContents();
    expect(crumbs).toEqual(['まち', '小美玉市', '小美玉市第2次総合計画', '基本目標1 みんなの力で磨くまちづくり', '基本施策１ 市民協働・コミュニティ活動の推進', '1102 まちづくり活動に携わる人材育成']);
  });

  it('works offline once opened: deep link reload, navigation, glossary, search and bookmark', async () => {
    const page = await openControlledPage(session.context, `${session.server.url}/omitama/sogo-keikaku-2/1102`);
    await heading(page, 'まちづくり活動に携わる人材育成');
    await session.context.setOffline(true);
    await page.reload();
    await heading(page, 'まちづくり活動に携わる人材育成');

    // a glossary term opens its explanation
    await page.getByRole('button', { name: '「ＮＰＯ」の説明' }).click();
    await expect.poll(() => page.locator('.term-popover:popover-open').textContent()).toContain('ＮＰＯ');
    await page.keyboard.press('Escape');

    // bookmark, then find it on the shelf
    await page.getByRole('button', { name: '気になる施策' }).click();
    await expect.poll(() => page.getByRole('button', { name: '気になる施策' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('link', { name: '気になる', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '保存した施策' }).waitFor();
    await page.getByRole('link', { name: 'まちづくり活動に携わる人材育成' }).first().waitFor();

    // search and open a result
    await page.getByRole('link', { name: 'さがす', exact: true }).click();
    await page.getByLabel('キーワード').fill('マイナンバー');
    await page.getByRole('button', { name: 'さがす' }).click();
    await page.getByRole('heading', { level: 2, name: '小美玉市 小美玉市第2次総合計画' }).waitFor();
    await page.getByRole('link', { name: 'マイナンバーカードの利用促進' }).first().click();
    await heading(page, 'マイナンバーカードの利用促進');

    // another city's plan, never visited before, is there too
    await page.goto(`${session.server.url}/shimotsuma/sogo-keikaku/6-2-1`);
    await heading(page, '広報広聴、情報公開');
    const health = await page.evaluate(() => fetch('/api/v1/health').then((r) => r.status, () => 'network error'));
    expect(health).toBe('network error'); // /api is never answered by the app-shell fallback
  });

  it('shows indicators with baseline, target, actual and 達成/未達, and charts with their numbers as a table', async () => {
    const page = await openControlledPage(session.context, `${session.server.url}/omitama/sogo-senryaku-3`);
    await heading(page, '第3期小美玉市まち・ひと・しごと創生総合戦略 ダイヤモンドシティ・プロジェクト（案）');
    await page.getByText('案（意見募集中）').first().waitFor();
    const card = page.locator('.indicator', { hasText: '合計特殊出生率' });
    expect(await card.locator('dd').allTextContents()).toEqual(['1.51', '1.8', '1.40']);
    await card.getByText('未達').waitFor();
    await page.goto(`${session.server.url}/kasumigaura/sogo-keikaku/7-5-2`);
    await page.getByText('数値を表で見る').first().click();
    expect(await page.getByRole('table').first().getByRole('columnheader').count()).toBeGreaterThan(4);
  });

  it('keeps text inside a 360 px screen at 200 % text size', async () => {
    const narrow = await session.browser.newContext({ locale: 'ja-JP', viewport: { width: 360, height: 740 } });
    const page = await openControlledPage(narrow, `${session.server.url}/settings`);
    await page.getByLabel('文字の大きさ').fill('200');
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');
    for (const path of ['/', '/omitama/sogo-keikaku-2/13', '/omitama/sogo-senryaku-3/101', '/shimotsuma/sogo-keikaku/6-1']) {
      await page.goto(`${session.server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await narrow.close();
  });

  it('has no accessibility violations on any route', async () => {
    const page = await openControlledPage(session.context, session.server.url);
    const routes = [
      '/', '/omitama', '/omitama/sogo-keikaku-2', '/omitama/sogo-keikaku-2/11', '/omitama/sogo-keikaku-2/1301', '/omitama/sogo-keikaku-2/glossary',
      '/omitama/sogo-senryaku-3', '/omitama/sogo-senryaku-3/101', '/kasumigaura/sogo-keikaku/7-5-2', '/shimotsuma/sogo-keikaku/6-2-1',
      '/search?q=子育て', '/shelf', '/settings',
    ];
    for (const route of routes) {
      await page.goto(`${session.server.url}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await accessibilityViolations(page), route).toEqual([]);
    }
  });
});
