/**
 * Compiles validated plans into what the app ships:
 *   data/index.json                         which bundles exist, and the data version the app compares
 *   data/plans/<city>.<plan>.<hash>.json    one bundle per plan (precached for offline use)
 *   data/lang/<lng>/text.<hash>.json         that language's translations (+ furigana), loaded on demand
 *   data/lang/<lng>/search.<hash>.json       that language's search index
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIndex } from '../model/data-index.ts';
import type { Municipality, Plan, PlanNode } from '../model/plan-data.ts';
import type { LanguageBundle, PlanTranslation, RubySegments } from '../model/translation.ts';
import { planDocuments, translatedDocuments } from '../search/documents.ts';
import { buildIndex } from '../search/search-index.ts';

function countNodes(nodes: PlanNode[], counts: Record<string, number> = {}): Record<string, number> {
  for (const node of nodes) {
    counts[node.level] = (counts[node.level] ?? 0) + 1;
    countNodes(node.children ?? [], counts);
  }
  return counts;
}

function countIndicators(nodes: PlanNode[]): number {
  return nodes.reduce((sum, n) => sum + (n.indicators?.length ?? 0) + countIndicators(n.children ?? []), 0);
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function writeHashed(outDir: string, folder: string, stem: string, json: string) {
  mkdirSync(join(outDir, folder), { recursive: true });
  const name = `${folder}/${stem}.${hashOf(json)}.json`;
  writeFileSync(join(outDir, name), json);
  return { url: `/data/${name}`, bytes: Buffer.byteLength(json) };
}

export interface CompileInput {
  municipalities: Municipality[];
  plans: Plan[];
  /** Per language: each plan's translation, keyed `${city}/${plan}`. */
  translations: Map<string, Record<string, PlanTranslation>>;
  /** Furigana per language ('ja' = the official text). */
  ruby?: Map<string, Record<string, RubySegments>>;
}

export function compilePlans({ municipalities, plans, translations, ruby }: CompileInput, outDir: string): DataIndex {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const entries = plans.map((plan) => {
    const json = JSON.stringify(plan);
    const file = writeHashed(outDir, 'plans', `${plan.municipality}.${plan.id}`, json);
    return {
      key: `${plan.municipality}/${plan.id}`,
      municipality: plan.municipality,
      id: plan.id,
      kind: plan.kind,
      title: plan.title,
      status: plan.status,
      period: plan.period,
      url: file.url,
      hash: hashOf(json),
      bytes: file.bytes,
      nodeCounts: countNodes(plan.nodes),
      indicatorCount: countIndicators(plan.nodes),
    };
  });
  const search: DataIndex['search'] = {};
  const languages: DataIndex['languages'] = {};
  const official = plans.flatMap(planDocuments);
  for (const [language, byPlan] of [['ja', translations.get('ja') ?? {}] as const, ...[...translations].filter(([l]) => l !== 'ja')]) {
    const docs = language === 'ja' ? [...official, ...translatedDocuments(plans, byPlan, 'summary')] : translatedDocuments(plans, byPlan, 'all', language === 'ja-easy' ? 'ja' : language);
    const file = writeHashed(outDir, `lang/${language}`, 'search', JSON.stringify(buildIndex(docs)));
    search[language] = { ...file, documents: docs.length };
    const bundle: LanguageBundle = { language: language as LanguageBundle['language'], plans: byPlan, ...(language !== 'ja' && ruby?.get(language) ? { ruby: ruby.get(language) } : {}) };
    languages[language] = writeHashed(outDir, `lang/${language}`, 'text', JSON.stringify(bundle));
  }
  const officialRuby = ruby?.get('ja') ? writeHashed(outDir, 'lang/ja', 'ruby', JSON.stringify(ruby.get('ja'))) : undefined;
  const versionParts = [...entries.map((e) => e.url), ...Object.values(search).map((s) => s.url), ...Object.values(languages).map((l) => l.url), officialRuby?.url ?? ''];
  const index: DataIndex = {
    version: hashOf(versionParts.join('|') + JSON.stringify(municipalities)),
    municipalities,
    plans: entries,
    search,
    languages,
    ...(officialRuby ? { officialRuby } : {}),
  };
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 1));
  return index;
}
