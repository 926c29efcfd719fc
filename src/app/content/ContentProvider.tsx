/**
 * The content language: which language the page shows, that language's translations and furigana
 * (fetched once per language, then cached by the service worker), and the reader's switches —
 * "show the Japanese original" and furigana on the official text.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../../i18n/index.ts';
import type { LanguageCode } from '../../i18n/languages.ts';
import type { LanguageBundle, RubySegments } from '../../model/translation.ts';
import { useData } from '../data/DataProvider.tsx';
import { fetchBundle } from '../data/fetch-json.ts';
import type { Snapshot } from '../prerender/snapshot.ts';

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

export function ContentProvider({ snapshot, children }: { snapshot?: Snapshot; children: ReactNode }) {
  const { i18n } = useTranslation();
  const data = useData();
  const [language, setLanguageState] = useState<LanguageCode>(snapshot?.language ?? currentLanguage);
  const snapshotUrl = snapshot?.bundle ? snapshot.index.languages[snapshot.language]?.url : undefined;
  const [loaded, setLoaded] = useState<{ url?: string; bundle: LanguageBundle | null }>({ url: snapshotUrl, bundle: snapshot?.bundle ?? null });
  const [officialRuby, setOfficialRuby] = useState<Record<string, RubySegments> | null>(null);
  const [showOriginal, setShowOriginal] = useState(false);
  const [furigana, setFurigana] = useState(false);

  useEffect(() => {
    const onChange = () => setLanguageState(currentLanguage());
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);

  const url = data.status === 'ready' ? data.index.languages[language]?.url : undefined;
  const has = useRef(loaded.url);
  useEffect(() => {
    // No state change when the bundle is already here (a prepared page's): an update while the page
    // is being taken over would make React finish that in one long, blocking pass.
    if (!url || has.current === url) return;
    let live = true;
    void fetchBundle<LanguageBundle>(url).then((b) => {
      if (!live) return;
      has.current = url;
      setLoaded({ url, bundle: b });
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [url]);
  const bundle = loaded.url === url ? loaded.bundle : null;

  const rubyUrl = data.status === 'ready' && furigana ? data.index.officialRuby?.url : undefined;
  useEffect(() => {
    let live = true;
    if (rubyUrl) void fetchBundle<Record<string, RubySegments>>(rubyUrl).then((r) => live && setOfficialRuby(r), () => undefined);
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

  const value = useMemo(
    () => ({ language, setLanguage, bundle, showOriginal, setShowOriginal, furigana, setFurigana, rubyFor }),
    [language, setLanguage, bundle, showOriginal, furigana, rubyFor],
  );
  return (
    <ContentContext.Provider value={value}>
      {children}
    </ContentContext.Provider>
  );
}
