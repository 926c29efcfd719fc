/**
 * One deterministic tokenizer for the search index and for queries: runs of scripts without word
 * spaces become character bigrams (single characters for one-character runs); other scripts
 * (Latin, Devanagari, Sinhala …) become words, vowel signs included.
 * Text is folded first — width, case, katakana → hiragana, ヶ/ケ variants — so 「ｼﾃｨ」, 「シティ」
 * and 「してぃ」 meet. (Browser search libraries find nothing in Japanese with their default
 * tokenizers; Intl.Segmenter depends on the browser's ICU data, so it is avoided here.)
 */
// Scripts written without spaces between words (Japanese, Chinese, Thai, Burmese) and Hangul, whose
// words glue particles on: indexed as character bigrams.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u30fc\uac00-\ud7af\u0e00-\u0e7f\u1000-\u109f]/;

export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[ヶケ](?=[浦丘崎谷])/g, 'が') // 霞ヶ浦 / 霞ケ浦 / 霞が浦
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)); // katakana → hiragana
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const folded = foldText(text);
  let run = '';
  let word = '';
  const flushRun = () => {
    if (run.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
    run = '';
  };
  const flushWord = () => {
    if (word) tokens.push(word);
    word = '';
  };
  for (const ch of folded) {
    if (CJK.test(ch)) {
      flushWord();
      run += ch;
    } else if (/[\p{L}\p{N}\p{M}]/u.test(ch)) {
      flushRun();
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return tokens;
}
