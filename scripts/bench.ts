/**
 * npm run bench: the measurements the issues name, printed as a table with their budgets.
 * Needs a production build (npm run build) and Chromium. Nothing here is asserted in tests.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadIndex } from '../src/search/search-index.ts';
import { findChromium, launchBrowser, openControlledPage, startServer } from '../test/e2e/harness.ts';
import { ingestBenchmark } from './bench/ingest.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { outboxDeliveryBenchmark } from './bench/outbox-delivery.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path: string) => gzipSync(readFileSync(path)).length;
const rows: [string, string, string][] = [];
const report = (what: string, value: string, budget = '') => {
  rows.push([what, value, budget]);
  console.log(`${what.padEnd(48)} ${value.padStart(14)}  ${budget}`);
};

// First-load JS: the entry script and every module it preloads, as index.html names them.
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const firstLoad = scripts.reduce((sum, s) => sum + gz(resolve(dist, `.${s}`)), 0);
const staffInFirstLoad = scripts.some((s) => /staff/i.test(s));
report('first-load JS on citizen routes (gzip, KiB)', kb(firstLoad), '≤ 150 KB');
report('staff code in first-load JS', staffInFirstLoad ? 'yes' : 'no', 'no');
const css = readdirSync(resolve(dist, 'assets')).filter((f) => f.endsWith('.css'));
report('CSS (gzip)', kb(css.reduce((s, f) => s + gz(resolve(dist, 'assets', f)), 0)));

// Data bundles.
const dataIndex = JSON.parse(readFileSync(resolve(dist, 'data/index.json'), 'utf8')) as {
  plans: { key: string; url: string }[];
  search: Record<string, { url: string; documents: number }>;
  languages: Record<string, { url: string }>;
};
for (const p of dataIndex.plans) {
  const path = resolve(dist, `.${p.url}`);
  report(`plan bundle ${p.key}`, `${kb(statSync(path).size)} / ${kb(gz(path))} gz`);
}
// Per language, loaded only when chosen: UI strings chunk + translations (with furigana) + search index.
const uiChunks = readdirSync(resolve(dist, 'assets')).filter((f) => /^common-.*\.js$/.test(f));
for (const [lang, text] of Object.entries(dataIndex.languages)) {
  const textPath = resolve(dist, `.${text.url}`);
  const search = dataIndex.search[lang]!;
  const searchPath = resolve(dist, `.${search.url}`);
  const total = gz(textPath) + gz(searchPath);
  report(`language ${lang}: text + search (${search.documents} docs), gzip`, `${kb(gz(textPath))} + ${kb(gz(searchPath))} = ${kb(total)}`);
}
report('UI string chunks (one per language, gzip, largest)', kb(Math.max(...uiChunks.map((f) => gz(resolve(dist, 'assets', f))))));

// Search latency over a fixed list of 50 queries.
const QUERIES = [
  '子育て', '防災', 'マイナンバー', '移住', '定住', 'シティプロモーション', '男女共同参画', '人権', '行政改革', '財政',
  'コミュニティ', 'まちづくり', '情報公開', 'ホームページ', '広報', 'SNS', 'DX', 'デジタル', '観光', '農業',
  '雇用', '企業誘致', '教育', '学校', '高齢者', '福祉', '健康', 'スポーツ', '文化', '国際交流',
  '多文化共生', '外国人', 'ボランティア', 'NPO', '税', 'ふるさと納税', '公共施設', '協働', '結婚', '出産',
  '空き家', '交通', '地域おこし協力隊', 'SDGs', 'KPI', '行政評価', '人材育成', '情報化', 'オンライン', 'してぃぷろもーしょん',
];
const search = loadIndex(readFileSync(resolve(dist, `.${dataIndex.search.ja!.url}`), 'utf8'));
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of QUERIES) {
    const start = performance.now();
    search.search(q);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
report('search latency p50 (50 queries × 20, Node)', `${p(0.5).toFixed(2)} ms`);
report('search latency p95 (50 queries × 20, Node)', `${p(0.95).toFixed(2)} ms`, '< 20 ms');

// In Chromium: time to hydrate all plans into IndexedDB on a first visit.
const server = await startServer();
const browser = await launchBrowser();
try {
  const hydrate: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('machiplan:hydrate:updated').length > 0, null, { timeout: 30_000 });
    hydrate.push(await page.evaluate(() => performance.getEntriesByName('machiplan:hydrate:updated')[0]!.duration));
    await context.close();
  }
  hydrate.sort((a, b) => a - b);
  report('hydrate all plans into IndexedDB (median of 5)', `${hydrate[2]!.toFixed(0)} ms`);
  const context = await browser.newContext();
  const page = await openControlledPage(context, `${server.url}/`);
  await page.goto(`${server.url}/search?q=${encodeURIComponent('子育て')}`);
  const start = Date.now();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  report('search page: first results shown (incl. index load)', `${Date.now() - start} ms`);
  await context.close();
  // A page as the server prepares it: bytes on the wire, and time to draw one not yet kept in memory.
  const prepared = await fetch(`${server.url}/omitama/sogo-keikaku-2/1101`, { headers: { 'Accept-Encoding': 'br', 'Accept-Language': 'vi' } });
  report('prepared measure page (vi), brotli', kb((await prepared.arrayBuffer()).byteLength));
  const drawTimes: number[] = [];
  for (const lang of ['ja', 'en', 'vi', 'zh-Hans', 'pt-BR']) {
    for (const node of ['1101', '1102', '1201', '1202']) {
      const start = performance.now();
      await fetch(`${server.url}/omitama/sogo-keikaku-2/${node}?lang=${lang}`);
      drawTimes.push(performance.now() - start);
    }
  }
  drawTimes.sort((a, b) => a - b);
  report('prepared page, first request (median of 20)', `${drawTimes[10]!.toFixed(0)} ms`);
  // Lighthouse varies from run to run on a small machine: the median of three runs per page.
  const pages: [string, string][] = [['/', 'ja-JP'], ['/omitama/sogo-keikaku-2', 'ja-JP'], ['/omitama/sogo-keikaku-2/11', 'ja-JP'], ['/omitama/sogo-keikaku-2/11', 'en-US']];
  for (const [path, language] of pages) {
    const runs: Record<string, number | null>[] = [];
    for (let i = 0; i < 3; i++) runs.push(await lighthouseScores(`${server.url}${path}`, findChromium(), language));
    const median = (category: string) => runs.map((r) => r[category] ?? 0).sort((a, b) => a - b)[1];
    const line = Object.keys(runs[0]!).map((c) => `${c.replace('best-practices', 'bp').replace('accessibility', 'a11y').replace('performance', 'perf')} ${median(c)}`);
    report(`Lighthouse mobile ${path} ${language} (median of 3)`, line.join(' '), 'target 100 each');
    report(`  performance runs ${path} ${language}`, runs.map((r) => r.performance).join(' / '));
  }
} finally {
  await browser.close();
  await server.dispose();
}

// Citizen voice: server ingest and delivery of a full outbox.
const ingest = await ingestBenchmark();
report('server ingest, embedded SQLite (autocannon, 50 conn.)', `${ingest.perSecond.toFixed(0)} /s`, '≥ 2,000 opinions/s');
report('server ingest latency p50 / p99', `${ingest.p50} / ${ingest.p99} ms`);
report('server ingest errors (non-2xx + socket)', String(ingest.errors));
report('deliver 500 queued opinions after coming online', `${((await outboxDeliveryBenchmark(500)) / 1000).toFixed(1)} s`);
