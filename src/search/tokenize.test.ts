import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('the search tokenizer', () => {
  it('splits Japanese into character bigrams and Latin into words', () => {
    expect(tokenize('子育て支援')).toEqual(['子育', '育て', 'て支', '支援']);
    expect(tokenize('SNSの活用')).toEqual(['sns', 'の活', '活用']);
  });

  it('folds katakana, half-width forms and ヶ/ケ so variants meet', () => {
    expect(tokenize('ｼﾃｨ')).toEqual(tokenize('シティ'));
    expect(tokenize('シティ')).toEqual(tokenize('してぃ'));
    expect(tokenize('霞ヶ浦')).toEqual(tokenize('霞ケ浦'));
  });

  it('keeps a single CJK character as a token', () => {
    expect(tokenize('市 と 町')).toEqual(['市', 'と', '町']);
  });
});
