/**
 * npm run screenshots: renders the PNG icons (192, 512, maskable) from public/icons/icon.svg and
 * takes the README and web-manifest screenshots from the production build, in Chromium.
 * Run after `npm run build`; the outputs are committed.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openControlledPage, startServer } from '../test/e2e/harness.ts';

const root = resolve(import.meta.dirname, '..');
const server = await startServer();
const browser = await launchBrowser();
try {
  const iconPage = await browser.newPage();
  for (const [name, size, padding] of [['icon-192', 192, 0], ['icon-512', 512, 0], ['icon-maskable-512', 512, 0.1]] as const) {
    await iconPage.setViewportSize({ width: size, height: size });
    const inset = Math.round(size * padding);
    await iconPage.setContent(`<body style="margin:0;background:#0017c1"><img src="${server.url}/icons/icon.svg" style="display:block;margin:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px"></body>`);
    await iconPage.waitForLoadState('networkidle');
    await iconPage.screenshot({ path: resolve(root, `public/icons/${name}.png`) });
  }
  mkdirSync(resolve(root, 'public/screenshots'), { recursive: true });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'ja-JP' });
  const page = await openControlledPage(phone, `${server.url}/omitama/sogo-keikaku-2/11`);
  await page.getByText('58団体').waitFor();
  await page.screenshot({ path: resolve(root, 'public/screenshots/measure.png') });
  await page.screenshot({ path: resolve(root, 'docs/screenshot.png') });
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 2, name: '小美玉市' }).waitFor();
  await page.screenshot({ path: resolve(root, 'public/screenshots/home.png') });
  console.log('icons and screenshots written');
} finally {
  await browser.close();
  await server.dispose();
}
