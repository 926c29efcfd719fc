import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignReading, furigana, loadOverrides, loadTokenizer, type Tokenizer } from './furigana.ts';

const overrides = loadOverrides(resolve(import.meta.dirname, '../../data/furigana-overrides.json'));
let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
}, 30_000);

const reading = (text: string, surface: string) => furigana(tokenizer, overrides, text)?.find((s) => s[0] === surface)?.[1];

describe('furigana', () => {
  it('splits a reading over kanji and kana', () => {
    expect(alignReading('取り組み', 'トリクミ')).toEqual([['取', 'と'], ['り'], ['組', 'く'], ['み']]);
    expect(alignReading('子育て', 'コソダテ')).toEqual([['子育', 'こそだ'], ['て']]);
  });

  it('gives every kanji of a sentence a reading and leaves kana alone', () => {
    const segments = furigana(tokenizer, overrides, '市は子育ての支援を進めます。')!;
    expect(segments.map((s) => s[0]).join('')).toBe('市は子育ての支援を進めます。');
    for (const [surface, r] of segments) if (/[一-龯]/.test(surface)) expect(r, surface).toBeTruthy();
    expect(furigana(tokenizer, overrides, 'ひらがなだけです。')).toBeNull();
  });

  // One test per reviewed override: each must beat the dictionary's reading.
  it.each(overrides.map((o) => [o.surface, o] as const))('reads %s as the override says', (surface, o) => {
    const sentence = surface === 'の間' ? '市と県の間で話し合います。' : `${surface}のまちです。`;
    const segments = furigana(tokenizer, overrides, sentence)!;
    for (const [s, r] of o.segments) if (r) expect(reading(sentence, s), s).toBe(r);
    expect(segments.map((s) => s[0]).join('')).toBe(sentence);
  });
});
