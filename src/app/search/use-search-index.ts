import type MiniSearch from 'minisearch';
import { useEffect, useState } from 'react';
import type { SearchDocument } from '../../search/documents.ts';
import { loadIndex } from '../../search/search-index.ts';
import { useData } from '../data/DataProvider.tsx';

const cache = new Map<string, Promise<MiniSearch<SearchDocument>>>();

/** The prebuilt search index for a language (from the network or the service worker's cache). */
export function useSearchIndex(language: string): MiniSearch<SearchDocument> | null | 'error' {
  const data = useData();
  const url = data.status === 'ready' ? (data.index.search[language === 'ja-easy' ? 'ja-easy' : language] ?? data.index.search.ja)?.url : undefined;
  const [index, setIndex] = useState<MiniSearch<SearchDocument> | null | 'error'>(null);
  useEffect(() => {
    if (!url) return;
    let promise = cache.get(url);
    if (!promise) {
      promise = fetch(url).then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return loadIndex(await r.text());
      });
      cache.set(url, promise);
      promise.catch(() => cache.delete(url));
    }
    let live = true;
    promise.then(
      (i) => live && setIndex(i),
      () => live && setIndex('error'),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return index;
}
