/**
 * npm run data: validate every plan (schema + traceability) and every translation, then compile the
 * bundles the app ships (plans, per-language text with furigana, search indexes), the JSON Schema
 * of the format and the open data. `--check <plan.json>…` only validates the named plans.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { compilePlans } from '../src/build/compile.ts';
import { collectStrings, loadOverrides, loadTokenizer, rubyMap } from '../src/build/furigana.ts';
import { loadAll } from '../src/build/load-plans.ts';
import { writeOpenData } from '../src/build/open-data.ts';
import { loadTranslations } from '../src/build/translations.ts';
import { Plan, PlanFile, PlanPart } from '../src/model/plan-data.ts';
import type { PlanTranslation, RubySegments } from '../src/model/translation.ts';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, 'data');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--')).map((f) => resolve(f));

const { municipalities, plans, problems } = loadAll(dataDir, only);
const planList = plans.map((p) => p.plan);
const { translations, problems: translationProblems } = only.length ? { translations: new Map(), problems: [] } : loadTranslations(dataDir, planList);
problems.push(...translationProblems);
for (const p of problems) console.error(`✗ data/${p.file} ${p.where}: ${p.message}`);
for (const plan of planList) console.log(`✓ ${plan.municipality}/${plan.id} (${plan.title})`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in plan data.`);
  process.exit(1);
}
if (!checkOnly) {
  const byLanguage = new Map<string, Record<string, PlanTranslation>>();
  for (const [key, t] of translations) {
    const [language] = key.split('/');
    byLanguage.set(language!, { ...(byLanguage.get(language!) ?? {}), [`${t.municipality}/${t.plan}`]: t });
  }
  // Furigana: on every kanji of やさしい日本語, and on the official text for readers who turn them on.
  const tokenizer = await loadTokenizer();
  const overrides = loadOverrides(resolve(dataDir, 'furigana-overrides.json'));
  const skip = new Set(['id', 'level', 'kind', 'status', 'municipality', 'sources', 'scope', 'doubtful', 'planId', 'nodeId', 'direction', 'achievedBasis', 'trend', 'corrections', 'language', 'plan']);
  const ruby = new Map<string, Record<string, RubySegments>>([['ja', rubyMap(tokenizer, overrides, collectStrings(planList, skip))]]);
  if (byLanguage.has('ja-easy')) ruby.set('ja-easy', rubyMap(tokenizer, overrides, collectStrings(byLanguage.get('ja-easy'), skip)));

  const index = compilePlans({ municipalities, plans: planList, translations: byLanguage, ruby }, resolve(root, 'public/data'));
  const openData = resolve(root, 'public/open-data');
  mkdirSync(openData, { recursive: true });
  const schemas = { plan: Plan, 'plan-file': PlanFile, 'plan-part': PlanPart };
  for (const [name, schema] of Object.entries(schemas)) {
    writeFileSync(resolve(openData, `${name}.schema.json`), JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 1));
  }
  const files = writeOpenData(municipalities, planList, openData);
  console.log(`open data: ${files.map((f) => `open-data/${f}`).join(', ')}`);
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log(`data version ${index.version}: ${index.plans.map((p) => `${p.key} ${kb(p.bytes)}`).join(', ')}`);
  console.log(`languages: ${Object.entries(index.languages).map(([l, f]) => `${l} ${kb(f.bytes)} + search ${kb(index.search[l]!.bytes)}`).join(', ')}`);
}
