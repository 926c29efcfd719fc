import { describe, expect, it } from 'vitest';
import { lintEasyJapanese } from './easy-japanese-lint.ts';

const rules = (text: string) => lintEasyJapanese(text).map((f) => `${f.level}:${f.rule}`);

describe('the やさしい日本語 lint', () => {
  it('accepts short です/ます sentences', () => {
    expect(rules('市は子育てを助けます。保育園を増やします。')).toEqual([]);
  });

  it('warns on sentences over 30 characters and fails over 50', () => {
    expect(rules('市は、子どもを育てる家族が安心して暮らせるように、いろいろな支援をします。')).toEqual(['warn:sentence-length']);
    expect(rules(`${'あ'.repeat(51)}。`)).toEqual(['fail:sentence-length']);
  });

  it('fails honorifics, double negatives, plain style and long kanji runs', () => {
    expect(rules('ご意見をお待ちしております。よろしくお願いいたします。')).toContain('fail:honorific');
    expect(rules('できないわけではありません。')).toContain('fail:double-negative');
    expect(rules('これは大切な計画である。')).toContain('fail:plain-style');
    expect(rules('男女共同参画社会推進です。')).toContain('fail:kanji-run');
  });
});
