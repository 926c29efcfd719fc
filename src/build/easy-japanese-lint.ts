/**
 * Measurable rules of the national guideline for やさしい日本語 (在留支援のためのやさしい日本語
 * ガイドライン, 2020), checked on every ja-easy string: short sentences, です/ます only, no
 * honorifics, no double negatives, no long runs of kanji.
 */
export interface EasyJapaneseFinding {
  level: 'warn' | 'fail';
  rule: 'sentence-length' | 'kanji-run' | 'honorific' | 'double-negative' | 'plain-style';
  sentence: string;
  detail: string;
}

export const SENTENCE_WARN = 30;
export const SENTENCE_FAIL = 50;
const KANJI_RUN_FAIL = 6;
const HONORIFICS = ['いたします', 'いたしま', 'ございます', 'なさい', 'なさる', 'おられ', 'させていただ', '申し上げ', 'いらっしゃ', 'くださいませ', '存じ', '伺'];
const DOUBLE_NEGATIVES = [/ないわけでは(?:ない|ありません)/, /なくは(?:ない|ありません)/, /ないことは(?:ない|ありません)/, /ないとは(?:いえない|言えない)/];
// A sentence that ends in plain style (だ / である) where です / ます is expected.
const PLAIN_ENDINGS = /(?:である|だ|だった|であった|ではない)[。！？]?$/;

/** Sentences of a text: split after 。！？ (a title without an end mark is one sentence). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter(Boolean);
}

export function lintEasyJapanese(text: string): EasyJapaneseFinding[] {
  const findings: EasyJapaneseFinding[] = [];
  for (const sentence of sentences(text)) {
    const length = [...sentence.replace(/\s/g, '')].length;
    if (length > SENTENCE_FAIL) findings.push({ level: 'fail', rule: 'sentence-length', sentence, detail: `${length} characters (at most ${SENTENCE_FAIL})` });
    else if (length > SENTENCE_WARN) findings.push({ level: 'warn', rule: 'sentence-length', sentence, detail: `${length} characters (aim for ${SENTENCE_WARN})` });
    for (const run of sentence.match(/[\u4e00-\u9fff々]+/g) ?? []) {
      if (run.length > KANJI_RUN_FAIL) findings.push({ level: 'fail', rule: 'kanji-run', sentence, detail: `${run} (${run.length} kanji in a row)` });
    }
    for (const word of HONORIFICS) if (sentence.includes(word)) findings.push({ level: 'fail', rule: 'honorific', sentence, detail: word });
    for (const pattern of DOUBLE_NEGATIVES) if (pattern.test(sentence)) findings.push({ level: 'fail', rule: 'double-negative', sentence, detail: String(pattern) });
    if (/[。！？]$/.test(sentence) && PLAIN_ENDINGS.test(sentence)) findings.push({ level: 'fail', rule: 'plain-style', sentence, detail: 'ends in だ/である: use です/ます' });
  }
  return findings;
}
