/**
 * UI strings through i18next. Japanese is bundled (it is the fallback); other languages load on
 * demand so a resident downloads only the language they read.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ja from '../../locales/ja/common.json';

export const SUPPORTED_LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const loaders: Record<Exclude<Language, 'ja'>, () => Promise<{ default: typeof ja }>> = {
  en: () => import('../../locales/en/common.json'),
};

export async function initI18n(language: Language = 'ja') {
  await i18next.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    defaultNS: 'common',
    resources: { ja: { common: ja } },
    interpolation: { escapeValue: false }, // React escapes
  });
  if (language !== 'ja') await changeLanguage(language);
  return i18next;
}

export async function changeLanguage(language: Language) {
  if (language !== 'ja' && !i18next.hasResourceBundle(language, 'common')) {
    const strings = await loaders[language]();
    i18next.addResourceBundle(language, 'common', strings.default);
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
