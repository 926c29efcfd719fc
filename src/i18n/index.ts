/**
 * UI strings through i18next. Japanese is bundled (it is the fallback); every other language is its
 * own small chunk, loaded when chosen, so a resident downloads only the language they read.
 * The language comes from the link (?lang=vi), else the last choice, else navigator.languages.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ja from '../../locales/ja/common.json';
import { LANGUAGES, LANGUAGE_COOKIE, htmlLang, isLanguage, matchLanguage, type LanguageCode } from './languages.ts';
import { pseudoBundle } from './pseudo.ts';

const STORAGE_KEY = 'machiplan:language';
// A function, so the server can import this module (it renders pages) without Vite's glob.
const loaders = () => import.meta.glob<{ default: typeof ja }>(['../../locales/*/common.json', '!../../locales/ja/common.json']);
/** The server reads the choice too, so a page it prepares comes in the same language. */
function tellServer(code: LanguageCode) {
  document.cookie = `${LANGUAGE_COOKIE}=${code}; path=/; max-age=31536000; SameSite=Lax`;
}

export function initialLanguage(): LanguageCode {
  const fromLink = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromLink)) return fromLink;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) {
      tellServer(saved); // choices saved before the server read a cookie
      return saved;
    }
  } catch {
    // no storage: fall through
  }
  return matchLanguage(navigator.languages ?? [navigator.language]);
}

// i18next writes "ja-easy" as "ja-Easy" internally: register bundles under its own spelling.
const i18nCode = (code: LanguageCode) => i18next.services.languageUtils.formatLanguageCode(code);

export async function initI18n(language: LanguageCode = initialLanguage()) {
  const fromLink = isLanguage(new URLSearchParams(window.location.search).get('lang'));
  await i18next.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    defaultNS: 'common',
    resources: { ja: { common: ja } },
    interpolation: { escapeValue: false }, // React escapes
  });
  // A language that came with a shared link becomes the reader's choice too.
  await changeLanguage(language, { remember: fromLink });
  if (new URLSearchParams(window.location.search).get('lang') === 'pseudo') {
    // Development aid: strings that bypass i18next show up without ⟦ ⟧.
    const en = await loaders()['../../locales/en/common.json']!();
    i18next.addResourceBundle('pseudo', 'common', pseudoBundle(en.default));
    await i18next.changeLanguage('pseudo');
  }
  return i18next;
}

export async function changeLanguage(code: LanguageCode, { remember = true } = {}) {
  const target = i18nCode(code);
  if (code !== 'ja' && !i18next.hasResourceBundle(target, 'common')) {
    const load = loaders()[`../../locales/${code}/common.json`];
    if (load) i18next.addResourceBundle(target, 'common', (await load()).default);
  }
  await i18next.changeLanguage(target);
  document.documentElement.lang = htmlLang(code);
  document.documentElement.dir = LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
  document.documentElement.dataset.language = code;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // the choice still holds for this visit
    }
    tellServer(code);
  }
}

/** The app's language code (i18next's own spelling turned back into ours). */
export function currentLanguage(): LanguageCode {
  const lng = i18next.language;
  return lng === i18nCode('ja-easy') ? 'ja-easy' : isLanguage(lng) ? lng : 'ja';
}
