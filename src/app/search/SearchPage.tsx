import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useContent } from '../content/ContentProvider.tsx';
import { useData } from '../data/DataProvider.tsx';
import { Highlight } from './Highlight.tsx';
import { useSearchIndex } from './use-search-index.ts';
import { PageTitle } from '../layout/PageTitle.tsx';

const MAX_RESULTS = 60;

/** Full-text search across every city and plan, offline, results grouped by plan. */
export default function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const data = useData();
  const { language } = useContent();
  // The reader's language and the official Japanese: a Vietnamese reader may type either.
  const translated = useSearchIndex(language);
  const official = useSearchIndex('ja');
  const index = language === 'ja' ? official : translated && official && translated !== 'error' && official !== 'error' ? translated : translated === 'error' ? official : null;
  const results = useMemo(() => {
    if (!index || index === 'error' || !query.trim()) return [];
    const found = language !== 'ja' && official && official !== 'error' ? [...index.search(query), ...official.search(query)] : index.search(query);
    const seen = new Set<string>();
    return found
      .sort((a, b) => b.score - a.score)
      .filter((r) => !seen.has(r.url as string) && seen.add(r.url as string))
      .slice(0, MAX_RESULTS);
  }, [index, official, language, query]);
  const groups = useMemo(() => {
    const byPlan = new Map<string, typeof results>();
    for (const r of results) byPlan.set(r.plan as string, [...(byPlan.get(r.plan as string) ?? []), r]);
    return [...byPlan];
  }, [results]);
  const planTitle = (key: string) => {
    if (data.status !== 'ready') return key;
    const p = data.index.plans.find((x) => x.key === key);
    const city = data.index.municipalities.find((m) => m.id === p?.municipality);
    return `${city?.name ?? ''} ${p?.title ?? key}`;
  };
  return (
    <>
      <PageTitle parts={[t('search.title')]} />
      <h1>{t('search.title')}</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const q = new FormData(e.currentTarget).get('q');
          setParams(q ? { q: String(q) } : {});
        }}
      >
        <label htmlFor="search-q">{t('search.label')}</label>
        <div className="search-row">
          <input id="search-q" name="q" type="search" defaultValue={query} placeholder={t('search.placeholder')} enterKeyHint="search" />
          <button type="submit">{t('search.submit')}</button>
        </div>
      </form>
      {index === null && query && <p role="status">{t('search.loading')}</p>}
      {index === 'error' && <p role="alert">{t('data.error')}</p>}
      <div aria-live="polite">
        {query && index && index !== 'error' && <p>{results.length ? t('search.results', { count: results.length }) : t('search.none')}</p>}
      </div>
      {groups.map(([plan, items]) => (
        <section key={plan} className="search-group" aria-label={planTitle(plan)}>
          <h2 lang="ja">{planTitle(plan)}</h2>
          <ul className="search-results">
            {items.map((r) => (
              <li key={r.id}>
                <span className="badge">{t(`search.kind.${r.kind as 'node' | 'indicator' | 'term'}`)}</span>{' '}
                <Link to={r.url as string} lang={r.lang as string}>
                  <Highlight text={r.title as string} query={query} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
