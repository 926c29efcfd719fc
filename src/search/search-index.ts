/** The MiniSearch set-up shared by the build (which indexes) and the app (which loads and queries). */
import MiniSearch, { type Options } from 'minisearch';
import type { SearchDocument } from './documents.ts';
import { tokenize } from './tokenize.ts';

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'body'],
  storeFields: ['kind', 'plan', 'url', 'title', 'lang'],
  tokenize,
  processTerm: (term) => term,
  searchOptions: {
    boost: { title: 3 },
    combineWith: 'AND',
    // Fuzzy and prefix matching suit words (Latin script), not Japanese bigrams.
    fuzzy: (term) => (/^[a-z0-9]{5,}$/.test(term) ? 0.2 : false),
    prefix: (term) => /^[a-z0-9]{3,}$/.test(term),
  },
};

export function buildIndex(docs: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(docs);
  return index;
}

export function loadIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
}
