import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './axe.ts';
import { openControlledPage, useBrowserSession } from './harness.ts';

const session = useBrowserSession();

const numbers = (page: Page) => page.locator('.indicator dd').allTextContents();
const chooseLanguage = (page: Page, code: string) => page.locator('#language-select').selectOption(code);

describe('reading in another language', () => {
  it('switches a measure page to Tiếng Việt: UI, title, summary and KPI names translated, numbers identical', async () => {
    const page = await openControlledPage(session.context, `${session.server.url}/omitama/sogo-keikaku-2/13`);
    await page.getByRole('heading', { level: 1, name: '開かれた行政・多様な交流の推進' }).waitFor();
    const japaneseNumbers = await numbers(page);
    const japaneseName = await page.locator('.indicator-name').first().textContent();
    await chooseLanguage(page, 'vi');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.getByTestId('reference-notice').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toContain('開かれた行政');
    expect(await page.getByTestId('summary').getAttribute('lang')).toBeNull();
    expect(await page.getByTestId('summary').locator('p[lang="vi"]').count()).toBe(1);
    expect(await page.locator('.indicator-name').first().textContent()).not.toBe(japaneseName);
    expect(await numbers(page)).toEqual(japaneseNumbers);
    expect(await page.getByRole('link', { name: 'さがす' }).count()).toBe(0); // the menu speaks Vietnamese now
    expect(page.url()).toContain('lang=vi');
    // one tap to the Japanese original
    await page.getByTestId('reference-notice').getByRole('button').click();
    await page.getByRole('heading', { level: 1, name: '開かれた行政・多様な交流の推進' }).waitFor();
  });

  it('opens a shared link in the language it carries, and remembers the choice', async () => {
    const page = await openControlledPage(session.context, `${session.server.url}/omitama/sogo-keikaku-2/11?lang=en`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: 'Search', exact: true }).waitFor();
    await page.goto(`${session.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Choose your city' }).waitFor();
  });

  it('finds translated text in the reader\'s language, and official Japanese too', async () => {
    const page = await openControlledPage(session.context, `${session.server.url}/search?lang=vi`);
    await page.locator('#search-q').fill('giáo dục');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await expect.poll(() => page.locator('.search-results a[lang="vi"]').count()).toBeGreaterThan(0);
    await page.locator('#search-q').fill('子育て');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await expect.poll(() => page.locator('.search-results a[lang="ja"]').count()).toBeGreaterThan(0);
  });

  it('shows ruby on every kanji of やさしい日本語 content', async () => {
    const page = await openControlledPage(session.context, `${session.server.url}/omitama/sogo-keikaku-2/1101?lang=ja-easy`);
    await page.getByTestId('summary').waitFor();
    await expect.poll(() => page.locator('[data-read-aloud] ruby').count()).toBeGreaterThan(10);
    const bare = await page.evaluate(() => {
      const root = document.querySelector('[data-read-aloud]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const inRuby = n.parentElement?.closest('ruby, .note');
        if (!inRuby && /[\u4e00-\u9fff]/.test(n.textContent ?? '')) found.push(n.textContent!);
      }
      return found;
    });
    expect(bare).toEqual([]);
  });

  it('turns furigana on and off on the official Japanese text', async () => {
    const page = await openControlledPage(session.context, `${session.server.url}/omitama/sogo-keikaku-2/11`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('.text-section ruby').count()).toBe(0);
    await page.getByLabel('ふりがなを表示').check();
    await expect.poll(() => page.locator('.text-section ruby').count()).toBeGreaterThan(20);
    expect(await page.locator('.text-section ruby', { hasText: '行政' }).first().locator('rt').textContent()).toBe('ぎょうせい');
    await page.getByLabel('ふりがなを表示').uncheck();
    await expect.poll(() => page.locator('.text-section ruby').count()).toBe(0);
  });

  it('reads the page aloud and stops', async () => {
    // Headless Chromium has no speech engine: stand in a device with a Japanese voice that speaks until stopped.
    await session.context.addInitScript(() => {
      let current: SpeechSynthesisUtterance | null = null;
      const voice = { name: 'テスト音声', lang: 'ja-JP', default: true, localService: true, voiceURI: 'test' } as SpeechSynthesisVoice;
      const fake = {
        getVoices: () => [voice],
        speak: (u: SpeechSynthesisUtterance) => { current = u; (window as unknown as { spoken: string }).spoken = u.text; },
        cancel: () => { const u = current; current = null; u?.onend?.(new Event('end') as SpeechSynthesisEvent); },
        pause: () => undefined,
        resume: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
      class FakeUtterance { lang = ''; voice: unknown = null; onend: ((e: Event) => void) | null = null; onerror: ((e: Event) => void) | null = null; constructor(public text: string) {} }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    });
    const page = await openControlledPage(session.context, `${session.server.url}/omitama/sogo-keikaku-2/11`);
    const control = page.getByTestId('read-aloud');
    await control.getByRole('button', { name: '読み上げる' }).click();
    await expect.poll(() => control.getAttribute('data-state')).toBe('speaking');
    expect(await control.getByRole('status').textContent()).toBe('音声：テスト音声');
    expect(await page.evaluate(() => (window as unknown as { spoken: string }).spoken)).toContain('将来にわたって持続可能なまち');
    await control.getByRole('button', { name: '一時停止' }).click();
    await control.getByRole('button', { name: '続きを読む' }).click();
    await control.getByRole('button', { name: '読み上げを止める' }).click();
    await expect.poll(() => control.getAttribute('data-state')).toBe('idle');
  });

  it.each(['vi', 'ja-easy', 'en'])('has no accessibility violations in %s', async (lang) => {
    const page = await openControlledPage(session.context, `${session.server.url}/?lang=${lang}`);
    for (const route of ['/', '/omitama/sogo-keikaku-2', '/omitama/sogo-keikaku-2/13', '/omitama/sogo-senryaku-3/101', '/opinions/new?city=omitama&plan=sogo-keikaku-2&node=1101']) {
      await page.goto(`${session.server.url}${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(150);
      expect(await accessibilityViolations(page), `${lang} ${route}`).toEqual([]);
    }
  });
});
