/**
 * The content language: which language the page shows, that language's translations and furigana
 * (fetched once per language, then cached by the service worker), and the reader's switches —
 * "show the Japanese original" and furigana on the official text.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../../i18n/index.ts';
import type { LanguageCode } from '../../i18n/languages.ts';
import type { LanguageBundle, RubySegments } from '../../model/translation.ts';
import { useData } from '../data/DataProvider.tsx';

export interface ContentState {
  language: LanguageCode;
  setLanguage(code: LanguageCode): Promise<void>;
  bundle: LanguageBundle | null;
  showOriginal: boolean;
  setShowOriginal(value: boolean): void;
  furigana: boolean;
  setFurigana(value: boolean): void;
  /** Furigana for a string in the current content (やさしい日本語, or official text when turned on). */
  rubyFor(text: string): RubySegments | undefined;
}

const ContentContext = createContext<ContentState | null>(null);

export function useContent(): ContentState {
  const value = useContext(ContentContext);
  if (!value) throw new Error('useContent outside ContentProvider');
  return value;
}

const cache = new Map<string, Promise<unknown>>();
function fetchJson<T>(url: string): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))));
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p as Promise<T>;
}

export function ContentProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const data = useData();
  const [language, setLanguageState] = useState<LanguageCode>(currentLanguage);
  const [bundle, setBundle] = useState<LanguageBundle | null>(null);
  const [officialRuby, setOfficialRuby] = useState<Record<string, RubySegments> | null>(null);
  const [showOriginal, setShowOriginal] = useState(false);
  const [furigana, setFurigana] = useState(false);

  useEffect(() => {
    const onChange = () => setLanguageState(currentLanguage());
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);

  const url = data.status === 'ready' ? data.index.languages[language]?.url : undefined;
  useEffect(() => {
    let live = true;
    setBundle(null);
    if (url) void fetchJson<LanguageBundle>(url).then((b) => live && setBundle(b), () => undefined);
    return () => {
      live = false;
    };
  }, [url]);

  const rubyUrl = data.status === 'ready' && furigana ? data.index.officialRuby?.url : undefined;
  useEffect(() => {
    let live = true;
    if (rubyUrl) void fetchJson<Record<string, RubySegments>>(rubyUrl).then((r) => live && setOfficialRuby(r), () => undefined);
    return () => {
      live = false;
    };
  }, [rubyUrl]);

  const setLanguage = useCallback(async (code: LanguageCode) => {
    await changeLanguage(code);
    setShowOriginal(false);
  }, []);

  const rubyFor = useCallback(
    (text: string) => bundle?.ruby?.[text] ?? (furigana ? officialRuby?.[text] : undefined),
    [bundle, furigana, officialRuby],
  );

  return (
    <ContentContext.Provider value={{ language, setLanguage, bundle, showOriginal, setShowOriginal, furigana, setFurigana, rubyFor }}>
      {children}
    </ContentContext.Provider>
  );
}
