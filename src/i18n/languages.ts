/** The languages Machiplan speaks, each named in itself (a reader finds their own language by its own name). */
export const LANGUAGES = [
  { code: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'ja-easy', name: 'やさしい日本語', dir: 'ltr', htmlLang: 'ja' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'zh-Hans', name: '中文（简体）', dir: 'ltr' },
  { code: 'tl', name: 'Filipino', dir: 'ltr' },
  { code: 'id', name: 'Bahasa Indonesia', dir: 'ltr' },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'ko', name: '한국어', dir: 'ltr' },
  { code: 'th', name: 'ไทย', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ne', name: 'नेपाली', dir: 'ltr' },
  { code: 'my', name: 'မြန်မာ', dir: 'ltr' },
  { code: 'si', name: 'සිංහල', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** The BCP 47 tag for `lang` attributes: やさしい日本語 is Japanese to a screen reader. */
export const htmlLang = (code: string) => (code === 'ja-easy' ? 'ja' : code);

/** The reader's choice, also told to the server so the pages it prepares are in that language. */
export const LANGUAGE_COOKIE = 'machiplan-lang';

const codes = new Set<string>(LANGUAGES.map((l) => l.code));
const ALIASES: Record<string, LanguageCode> = { zh: 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', pt: 'pt-BR', fil: 'tl', nb: 'en' };

export function isLanguage(code: string | null | undefined): code is LanguageCode {
  return !!code && codes.has(code);
}

/** The best of the device's languages that Machiplan speaks. */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    if (isLanguage(tag)) return tag;
    const lower = tag.toLowerCase();
    const base = lower.split('-')[0]!;
    const alias = ALIASES[lower] ?? ALIASES[base];
    if (alias) return alias;
    if (isLanguage(base)) return base;
  }
  return 'ja';
}

