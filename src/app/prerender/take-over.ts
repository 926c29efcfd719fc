/**
 * In the browser: a page the server prepared is taken over (hydrated) only when the browser can
 * draw exactly the same — same language, same data — otherwise it is drawn afresh.
 */
import type { LanguageCode } from '../../i18n/languages.ts';
import type { DataIndex } from '../../model/data-index.ts';
import type { Plan } from '../../model/plan-data.ts';
import type { LanguageBundle } from '../../model/translation.ts';
import { fetchBundle, fetchJson } from '../data/fetch-json.ts';
import { readerRoute, type Snapshot } from './snapshot.ts';

export async function loadSnapshot(pathname: string, language: LanguageCode): Promise<Snapshot | null> {
  const index = await fetchJson<DataIndex>('/data/index.json');
  const route = readerRoute(pathname, index);
  if (!route) return null;
  const bundleUrl = index.languages[language]?.url;
  const [plan, bundle] = await Promise.all([
    route.plan ? fetchBundle<Plan>(route.plan.url) : null,
    bundleUrl ? fetchBundle<LanguageBundle>(bundleUrl) : null,
  ]);
  return { index, plans: new Map(route.plan && plan ? [[route.plan.key, plan]] : []), language, bundle };
}
