import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintEasyJapanese } from '../../src/build/easy-japanese-lint.ts';
import { collectStrings } from '../../src/build/furigana.ts';
import { loadAll } from '../../src/build/load-plans.ts';
import { coverageOf } from '../../src/build/translation-coverage.ts';
import { checkTranslation, loadTranslations, translationKey } from '../../src/build/translations.ts';

const dataDir = resolve(import.meta.dirname, '../../data');
const { plans } = loadAll(dataDir);
const planList = plans.map((p) => p.plan);
const { translations, problems } = loadTranslations(dataDir, planList);

/** Languages whose titles, summaries, indicators and glossary are complete: the list may only grow. */
const COMPLETE = ['ja-easy', 'en', 'vi', 'zh-Hans', 'tl', 'id', 'pt-BR', 'ko', 'es', 'th', 'ne', 'si', 'my'];
/** Languages whose full text sections are complete too. */
const FULL_TEXT = COMPLETE;

describe('furigana', () => {
  it('give a reading to every kanji of やさしい日本語', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const langDir = resolve(import.meta.dirname, '../../public/data/lang/ja-easy');
    const file = readdirSync(langDir).find((f) => f.startsWith('text.'))!;
    const bundle = JSON.parse(readFileSync(resolve(langDir, file), 'utf8')) as { ruby: Record<string, ([string] | [string, string])[]> };
    const bare = Object.values(bundle.ruby).flatMap((segments) => segments.filter((s) => s.length === 1 && /[\u4e00-\u9fff]/.test(s[0])).map((s) => s[0]));
    expect(bare).toEqual([]);
    expect(Object.keys(bundle.ruby).length).toBeGreaterThan(1000);
  });
});

describe('plan translations', () => {
  it('are valid, keyed by real ids, and faithful to the numbers of the official text', () => {
    expect(problems).toEqual([]);
  });

  it('are refused when a translated vision adds a number or loses a paragraph', () => {
    const plan = planList.find((p) => p.id === 'sogo-senryaku-3')!;
    const en = translations.get(translationKey('en', plan))!;
    const official = plan.vision!.text!;
    const where = (vision: typeof en.vision) => checkTranslation({ ...en, vision }, plan, 'en.json').map((p) => p.where);
    expect(where({ title: 'Vision', text: official.map(() => 'People in their 20s and 30s.') })).toEqual([]);
    expect(where({ title: 'Vision', text: official.map(() => 'Since 2015, people in their 20s.') })).toContain('vision.text');
    expect(where({ title: 'Vision', text: ['Only one paragraph.'] })).toContain('vision.text');
  });

  it('give a plain Japanese summary of every goal and measure', () => {
    for (const plan of planList) expect(coverageOf(plan, translations.get(translationKey('ja', plan))).summaries, plan.id).toEqual([coverageOf(plan, undefined).summaries[1], coverageOf(plan, undefined).summaries[1]]);
  });

  it.each(COMPLETE)('cover every title, summary, indicator and glossary term in %s', (language) => {
    for (const plan of planList) {
      const c = coverageOf(plan, translations.get(translationKey(language, plan)));
      for (const part of ['titles', 'summaries', 'indicators', 'glossary'] as const) expect(c[part][0], `${language} ${plan.id} ${part}`).toBe(c[part][1]);
      if (FULL_TEXT.includes(language)) expect(c.sections[0], `${language} ${plan.id} sections`).toBe(c.sections[1]);
    }
  });

  it('keep every やさしい日本語 sentence within the guideline rules', () => {
    const failures: string[] = [];
    for (const plan of planList) {
      const t = translations.get(translationKey('ja-easy', plan));
      for (const text of collectStrings(t, new Set(['language', 'municipality', 'plan']))) {
        for (const f of lintEasyJapanese(text)) {
          if (f.level === 'fail') failures.push(`${plan.id}: ${f.rule} ${f.detail} — ${f.sentence}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
