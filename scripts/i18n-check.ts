/**
 * npm run i18n:status [language…]: checks translation files and prints coverage per language × plan
 * (titles, summaries, indicators, glossary, full sections). Exits 1 on any problem.
 */
import { resolve } from 'node:path';
import { loadAll } from '../src/build/load-plans.ts';
import { coverageOf, type Coverage } from '../src/build/translation-coverage.ts';
import { loadTranslations, translationKey } from '../src/build/translations.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../src/model/translation.ts';

const dataDir = resolve(import.meta.dirname, '../data');
const only = process.argv.slice(2).filter((a) => (CONTENT_LANGUAGES as readonly string[]).includes(a)) as ContentLanguage[];
const languages = only.length ? only : [...CONTENT_LANGUAGES];
const { plans } = loadAll(dataDir);
const { translations, problems } = loadTranslations(dataDir, plans.map((p) => p.plan), languages);

const pct = ([done, total]: [number, number]) => (total === 0 ? '   —' : `${Math.floor((done / total) * 100)}%`.padStart(4));
const columns: (keyof Coverage)[] = ['titles', 'summaries', 'indicators', 'glossary', 'sections'];
console.log(`${'language'.padEnd(9)} ${'plan'.padEnd(28)} ${columns.map((c) => c.padStart(10)).join(' ')}`);
for (const language of languages) {
  for (const { plan } of plans) {
    const c = coverageOf(plan, translations.get(translationKey(language, plan)));
    const cells = columns.map((col) => (language === 'ja' && col !== 'summaries' ? '  official' : pct(c[col]).padStart(10)));
    console.log(`${language.padEnd(9)} ${`${plan.municipality}/${plan.id}`.padEnd(28)} ${cells.join(' ')}`);
  }
}
for (const p of problems) console.error(`✗ data/${p.file} ${p.where}: ${p.message}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s) in translations.`);
  process.exit(1);
}
