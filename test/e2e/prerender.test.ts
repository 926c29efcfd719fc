import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './harness.ts';

// A prepared page is painted before its scripts run; its controls work once the app has taken it over.
const appReady = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('machiplan:app-ready').length > 0);

const session = useBrowserSession({ locale: 'en-US', viewport: { width: 390, height: 844 } });

describe('pages prepared by the server', () => {
  it('carry the measure text in the reader\'s language before any script runs', async () => {
    const response = await fetch(`${session.server.url}/omitama/sogo-keikaku-2/1102`, { headers: { 'Accept-Language': 'vi-VN,vi;q=0.9,en;q=0.5' } });
    const html = await response.text();
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain('data-prerendered="vi"');
    expect(html).toMatch(/<h1>[^<]*<span lang="vi">[^<]+<\/span>/);
    expect(html).toContain('<span lang="ja">市民協働課</span>'); // the department, official Japanese
    expect(html).not.toMatch(/<script type="module"[^>]*src=/); // scripts come after the first paint
    const ja = await (await fetch(`${session.server.url}/omitama/sogo-keikaku-2/1102?lang=ja`)).text();
    expect(ja).toContain('まちづくり活動に携わる人材育成');
  });

  it('show the page with scripts off, and come alive in place with them on: same nodes, no redraw', async () => {
    const noScript = await session.browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(`${session.server.url}/omitama/sogo-keikaku-2/11`);
    expect(await still.getByRole('heading', { level: 1 }).textContent()).toBe('Promoting citizen collaboration and community activities');
    await noScript.close();

    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(() => {
      const w = window as unknown as { firstHeading: Element | null; shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        w.firstHeading = document.querySelector('h1');
        window.scrollTo(0, 600); // the reader is already reading when the app takes over
      });
    });
    await page.goto(`${session.server.url}/omitama/sogo-keikaku-2/11`);
    await appReady(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(600); // not thrown back to the top
    // Alive: the bookmark button (React's) works, and the app put the language into the address.
    await page.getByRole('button', { name: /Save/ }).first().click();
    await expect.poll(() => page.getByRole('button', { name: /Save/ }).first().getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.url()).toContain('lang=en');
    const after = await page.evaluate(() => {
      const w = window as unknown as { firstHeading: Element | null; shift: number };
      return { sameHeading: w.firstHeading !== null && w.firstHeading === document.querySelector('h1'), shift: w.shift, mismatches: performance.getEntriesByName('machiplan:hydration-mismatch').length };
    });
    expect(after).toEqual({ sameHeading: true, shift: 0, mismatches: 0 });
    expect(errors).toEqual([]);
  });

  it('stay readable as they are when the link drops before the app could take them over', async () => {
    const page = await session.context.newPage();
    await page.route(/\/data\//, (route) => route.abort()); // the page's data cannot be fetched
    await page.goto(`${session.server.url}/omitama/sogo-keikaku-2/11`);
    await page.waitForFunction(() => performance.getEntriesByName('machiplan:kept-as-prepared').length > 0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Promoting citizen collaboration and community activities');
    expect(await page.getByText(/Loading/).count()).toBe(0);
    // Back online, it reloads and comes alive.
    await page.unroute(/\/data\//);
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.dispatchEvent(new Event('online')))]);
    await appReady(page);
  });

  it('switch language from the menu even before the app\'s scripts have arrived', async () => {
    const page = await session.context.newPage();
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort()); // the scripts never come
    await page.goto(`${session.server.url}/omitama/sogo-keikaku-2/11`);
    await Promise.all([page.waitForURL(/lang=vi/), page.getByRole('combobox').selectOption('vi')]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.evaluate(() => document.getElementById('root')?.dataset.prerendered)).toBe('vi');
  });

  it('show at the reader\'s saved text size from the first paint, before the app\'s scripts', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('machiplan:settings', JSON.stringify({ textSize: 200, theme: 'dark', reducedMotion: true }));
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.documentElement;
        (window as unknown as { atFirstPaint: string }).atFirstPaint = `${root.style.fontSize} ${root.dataset.theme} ${performance.getEntriesByName('machiplan:app-ready').length}`;
      });
    });
    await page.goto(`${session.server.url}/omitama/sogo-keikaku-2/11`);
    expect(await page.evaluate(() => (window as unknown as { atFirstPaint: string }).atFirstPaint)).toBe('200% dark 0');
  });

  it('are drawn afresh when the reader chose another language on this device', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/omitama/sogo-keikaku-2/11?lang=ja`);
    await appReady(page);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.getByRole('combobox').selectOption('vi'); // saved on the device, and told to the server
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    // Switched by the app in place: the page's early handler (before the scripts) has stepped aside.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    // The next page the server prepares for this browser (its cookies) is in Vietnamese, not English.
    const html = await (await page.request.get(`${session.server.url}/omitama/sogo-keikaku-2/1101`)).text();
    expect(html).toContain('data-prerendered="vi"');
  });
});
