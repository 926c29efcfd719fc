/**
 * What a page needs to be drawn at once: the data index, the plan its address names and the
 * content language's translations. The server renders a page from it; the browser gathers the same
 * before taking the page over (hydration), so both draw exactly the same thing.
 */
import type { LanguageCode } from '../../i18n/languages.ts';
import type { DataIndex } from '../../model/data-index.ts';
import type { Plan } from '../../model/plan-data.ts';
import type { LanguageBundle } from '../../model/translation.ts';

type PlanEntry = DataIndex['plans'][number];

export interface Snapshot {
  index: DataIndex;
  plans: Map<string, Plan>;
  language: LanguageCode;
  bundle: LanguageBundle | null;
}

// First path segments that are app pages, not cities.
const APP_PAGES = new Set(['search', 'shelf', 'settings', 'opinions', 'staff']);

/**
 * Is this address a reader page the server prepares (home, city, plan, goal or measure)? And which
 * plan does it show (its entry in the index)? Glossary and the resident's own pages are drawn in the browser.
 */
export function readerRoute(pathname: string, index: DataIndex): { plan: PlanEntry | null } | null {
  let parts: string[];
  try {
    parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null; // a malformed address: the app shows its own not-found page
  }
  if (parts.length === 0) return pathname === '/' ? { plan: null } : null;
  // One address per page (no "//", no trailing "/"): the browser's router must see what the server drew.
  if (pathname !== `/${parts.map(encodeURIComponent).join('/')}`) return null;
  const [city, planId, nodeId, extra] = parts;
  if (APP_PAGES.has(city!) || extra !== undefined || nodeId === 'glossary') return null;
  if (!index.municipalities.some((m) => m.id === city)) return null;
  if (planId === undefined) return { plan: null };
  const plan = index.plans.find((p) => p.municipality === city && p.id === planId);
  return plan ? { plan } : null;
}
