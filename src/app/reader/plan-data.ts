/**
 * Fetches the compiled plan data: the index (with the data version) and one bundle per plan.
 * The service worker precaches both, so this works offline after the first visit.
 */
import type { DataIndex } from '../../model/data-index.ts';
import type { Plan } from '../../model/plan-data.ts';

let indexPromise: Promise<DataIndex> | null = null;
const planPromises = new Map<string, Promise<Plan>>();

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

export function loadIndex(): Promise<DataIndex> {
  // Written and validated by `npm run data`; zod stays out of the first-load bundle.
  indexPromise ??= getJson('/data/index.json') as Promise<DataIndex>;
  indexPromise.catch(() => (indexPromise = null));
  return indexPromise;
}

export async function loadPlan(municipality: string, planId: string): Promise<Plan | null> {
  const index = await loadIndex();
  const entry = index.plans.find((p) => p.municipality === municipality && p.id === planId);
  if (!entry) return null;
  let promise = planPromises.get(entry.url);
  if (!promise) {
    // The bundle was validated at build time and is content-hashed: no second parse needed here.
    promise = getJson(entry.url) as Promise<Plan>;
    planPromises.set(entry.url, promise);
    promise.catch(() => planPromises.delete(entry.url));
  }
  return promise;
}
