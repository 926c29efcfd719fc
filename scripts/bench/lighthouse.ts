/** Lighthouse mobile scores (0–100) for one URL, in Debian's Chromium (FOOTGUNS: browser tests), for a browser set to `language`. */
export async function lighthouseScores(url: string, chromePath: string, language = 'en-US'): Promise<Record<string, number | null>> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [`--lang=${language}`, `--accept-lang=${language}`, '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    return Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, c.score === null ? null : Math.round(c.score * 100)]));
  } finally {
    chrome.kill();
  }
}
