import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceText } from './source-text.ts';

const seed000 = new SourceText('000', readFileSync(resolve(import.meta.dirname, '../../data/sources/000_56925088ffa0b97d.txt'), 'utf8'));

describe('finding a string in a source extract', () => {
  it('finds a sentence the extract breaks over several lines, whatever its width or spacing', () => {
    expect(seed000.contains('将来にわたって持続可能なまちを目指し、市民と行政が協働しながらまちづくりに携わるための環境づくりを推進するとともに、その担い手となる人づくりや、活動情報の共有化を図ります。')).toBe(true);
    expect(seed000.contains('ＳＮＳ等を活用した情報提供に努めます。')).toBe(true);
    expect(seed000.contains('SNS等を活用した情報提供に努めます。')).toBe(true);
  });

  it('finds a sentence that page furniture interrupts in the extract', () => {
    // The extract puts margin glossary labels, a page number and the running head between 「現状」 and 「です。」.
    expect(seed000.contains('市民から寄せられる政策的な提案は少ないことが現状です。また、「小美玉市情報提供制度」に基づき市の保有する情報を市民に提供しています')).toBe(true);
  });

  it('does not find a sentence with one digit changed', () => {
    expect(seed000.contains('平成28年度の本市の審議会等委員に占める女性比率は26.2％と国が掲げる目標値を下回っている状況')).toBe(true);
    expect(seed000.contains('平成28年度の本市の審議会等委員に占める女性比率は26.3％と国が掲げる目標値を下回っている状況')).toBe(false);
  });

  it('does not find a short value with one digit changed, nor words stitched from far-apart places', () => {
    expect(seed000.contains('393,118件')).toBe(true);
    expect(seed000.contains('393,119件')).toBe(false);
    expect(seed000.contains('市民協働推進のための環境づくり健全な財政運営の推進')).toBe(false);
  });
});
