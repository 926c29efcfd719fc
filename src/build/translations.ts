/**
 * Loads translation files (data/translations/<language>/<city>.<plan>.json) and checks them
 * against their plan: ids must exist, sections keep the official shape, and numbers are faithful —
 * a summary holds no digits, any other translated string only numbers its official original prints.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, PlanNode } from '../model/plan-data.ts';
import { CONTENT_LANGUAGES, PlanTranslation, type ContentLanguage } from '../model/translation.ts';
import { validate, type DataProblem } from './load-plans.ts';
import { gregorianYear, numbersIn } from './normalize.ts';
import { walkNodes } from './translation-coverage.ts';

export type Translations = Map<string, PlanTranslation>; // key: `${language}/${city}.${plan}`

export const translationKey = (language: string, plan: Pick<Plan, 'municipality' | 'id'>) => `${language}/${plan.municipality}.${plan.id}`;

function allowedNumbers(official: string | string[] | undefined): Set<number> {
  const text = [official ?? []].flat().join(' ');
  const allowed = new Set(numbersIn(text).map(Math.abs));
  for (const era of text.matchAll(/(令和|平成|昭和)(元|\d+)/g)) allowed.add(gregorianYear(era[0]) ?? -1);
  return allowed;
}

function checkNumbers(translated: string | string[] | undefined, official: string | string[] | undefined, where: string, fail: (w: string, m: string) => void) {
  const allowed = allowedNumbers(official);
  for (const text of [translated ?? []].flat()) {
    for (const n of numbersIn(text)) {
      if (!allowed.has(Math.abs(n))) fail(where, `the number ${n} is not in the official text: 「${text}」`);
    }
  }
}

export function checkTranslation(t: PlanTranslation, plan: Plan, file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const fail = (where: string, message: string) => problems.push({ file, where, message });
  const nodes = new Map<string, PlanNode>([...walkNodes(plan.nodes)].map(({ node }) => [node.id, node]));
  const indicators = new Map([...walkNodes(plan.nodes)].flatMap(({ node }) => (node.indicators ?? []).map((i) => [i.id, i] as const)));
  for (const review of plan.reviews) for (const g of review.groups) for (const i of g.indicators) indicators.set(i.id, i);
  const terms = new Map(plan.glossary.map((g) => [g.term, g]));

  checkNumbers(t.title, plan.title, 'title', fail);
  if (t.vision) {
    checkNumbers([t.vision.title, t.vision.subtitle ?? ''], [plan.vision?.title ?? '', plan.vision?.subtitle ?? ''], 'vision', fail);
    const official = plan.vision?.text ?? [];
    if (t.vision.text && t.vision.text.length !== official.length) fail('vision.text', `${t.vision.text.length} paragraphs, the official vision has ${official.length}`);
    else checkNumbers(t.vision.text, official, 'vision.text', fail);
  }
  for (const [id, tn] of Object.entries(t.nodes)) {
    const node = nodes.get(id);
    if (!node) {
      fail(`node ${id}`, 'no such node in the plan');
      continue;
    }
    if (tn.summary && /[0-9０-９]/.test(tn.summary)) fail(`node ${id}.summary`, `a summary holds no numbers (they come from the data): 「${tn.summary}」`);
    checkNumbers(tn.title, [node.code ?? '', node.title], `node ${id}.title`, fail);
    checkNumbers(tn.text, node.text, `node ${id}.text`, fail);
    if (tn.sections) {
      const official = node.sections ?? [];
      if (tn.sections.length !== official.length) fail(`node ${id}.sections`, `${tn.sections.length} sections, the official text has ${official.length}`);
      tn.sections.forEach((s, i) => {
        const o = official[i];
        if (!o) return;
        if (s.blocks.length !== o.blocks.length) fail(`node ${id}.sections[${i}]`, `${s.blocks.length} blocks, the official text has ${o.blocks.length}`);
        s.blocks.forEach((b, j) => checkNumbers(b.text, o.blocks[j]?.text, `node ${id}.sections[${i}].blocks[${j}]`, fail));
      });
    }
  }
  for (const [id, ti] of Object.entries(t.indicators)) {
    const indicator = indicators.get(id);
    if (!indicator) fail(`indicator ${id}`, 'no such indicator in the plan');
    else {
      checkNumbers(ti.name, indicator.name, `indicator ${id}.name`, fail);
      checkNumbers(ti.rationale, indicator.rationale, `indicator ${id}.rationale`, fail);
    }
  }
  for (const [term, tg] of Object.entries(t.glossary)) {
    const official = terms.get(term);
    if (!official) fail(`glossary ${term}`, 'no such term in the plan');
    else if (tg.definition && !official.definition) fail(`glossary ${term}`, 'the official glossary has no definition to translate');
  }
  const levels = new Set(plan.levels.map((l) => l.key));
  for (const key of Object.keys(t.levels)) if (!levels.has(key)) fail(`levels.${key}`, 'no such level in the plan');
  return problems;
}

export function loadTranslations(dataDir: string, plans: Plan[], only?: ContentLanguage[]): { translations: Translations; problems: DataProblem[] } {
  const translations: Translations = new Map();
  const problems: DataProblem[] = [];
  const dir = join(dataDir, 'translations');
  for (const language of only ?? CONTENT_LANGUAGES) {
    const langDir = join(dir, language);
    if (!existsSync(langDir)) continue;
    for (const fileName of readdirSync(langDir).filter((f) => f.endsWith('.json')).sort()) {
      const file = `translations/${language}/${fileName}`;
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(langDir, fileName), 'utf8'));
      } catch (error) {
        problems.push({ file, where: '(file)', message: (error as Error).message });
        continue;
      }
      const t = validate(PlanTranslation, json, file, problems);
      if (!t) continue;
      const plan = plans.find((p) => p.municipality === t.municipality && p.id === t.plan);
      if (!plan || `${t.municipality}.${t.plan}.json` !== fileName || t.language !== language) {
        problems.push({ file, where: '(file)', message: `names ${t.language}/${t.municipality}.${t.plan}, which is not this file or not a plan we hold` });
        continue;
      }
      problems.push(...checkTranslation(t, plan, file));
      translations.set(translationKey(language, plan), t);
    }
  }
  return { translations, problems };
}
