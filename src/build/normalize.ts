/**
 * Text normalisation for the traceability check: the extracts and our data differ in width
 * (ＳＮＳ / SNS), line breaks, stray spaces, the glossary mark ＊ and leftover markup from the
 * PDF-to-text step. None of those carry meaning, so both sides are folded the same way.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/<\/?[a-z][^>]*>/gi, '') // HTML tags (<sup>, <li> …) left by the extraction; not 〈…〉-style <見出し>
    .replace(/[\\*#]/g, '') // markdown emphasis and headings, glossary marks
    .replace(/\s+/g, '');
}

/** Numbers in a printed value, in order: "393,118件" → [393118], "0%(H29年)" → [0, 29]. */
export function numbersIn(printed: string): number[] {
  const text = printed.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1');
  return [...text.matchAll(/[-▲]?\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replace('▲', '-')));
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988, S: 1925 };

/** Gregorian year of a printed year: "2016年" → 2016, "令和2年度" → 2020, "令和元年" → 2019. */
export function gregorianYear(printed: string): number | null {
  const text = printed.normalize('NFKC');
  const era = /(令和|平成|昭和|[RHS])\s*(元|\d+)/.exec(text);
  if (era) return ERAS[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2]));
  const western = /(\d{4})/.exec(text);
  return western ? Number(western[1]) : null;
}
