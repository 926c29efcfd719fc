import { describe, expect, it } from 'vitest';
import { gregorianYear, normalizeText, numbersIn } from './normalize.ts';

describe('normalising text for the traceability check', () => {
  it('folds width, spacing, line breaks and the glossary mark', () => {
    expect(normalizeText('ＳＮＳ＊ サイト\n公式')).toBe('SNSサイト公式');
    expect(normalizeText('ICT 教育<sup>\\*</sup>の推進')).toBe('ICT教育の推進');
  });
});

describe('reading numbers and years from printed values', () => {
  it('reads the numbers a value prints', () => {
    expect(numbersIn('393,118件')).toEqual([393118]);
    expect(numbersIn('２６．２％')).toEqual([26.2]);
    expect(numbersIn('－149人')).toEqual([-149]);
    expect(numbersIn('0%(H29年)')).toEqual([0, 29]);
    expect(numbersIn('現状維持')).toEqual([]);
  });

  it('turns Japanese era years into Gregorian years', () => {
    expect(gregorianYear('令和2年度')).toBe(2020);
    expect(gregorianYear('令和元年')).toBe(2019);
    expect(gregorianYear('平成28年')).toBe(2016);
    expect(gregorianYear('H29年')).toBe(2017);
    expect(gregorianYear('2016年')).toBe(2016);
  });
});
