import { useLiveQuery } from 'dexie-react-hooks';
import { getStoredPlan } from '../../db/plan-store.ts';
import type { Plan } from '../../model/plan-data.ts';
import { planKey } from '../../model/plan-query.ts';
import { useData } from './DataProvider.tsx';

/** The plan, read live from IndexedDB (or memory, or the page's snapshot): undefined while loading, null when there is none. */
export function usePlan(municipality: string, planId: string): Plan | null | undefined {
  const data = useData();
  const key = planKey(municipality, planId);
  const device = data.status === 'ready' && data.mode === 'device';
  // The plan a prepared page came with is the newest there is (same data version as the device's):
  // reading it again from IndexedDB would only redraw the whole page with an equal copy.
  const preloaded = device ? data.preloaded?.get(key) : undefined;
  const live = useLiveQuery<Plan | null | undefined>(async () => (device && !preloaded ? getStoredPlan(key) : undefined), [key, device, !!preloaded]);
  if (data.status === 'error') return null;
  if (data.status !== 'ready') return undefined;
  if (data.mode === 'memory') return data.plans.get(key) ?? null;
  if (data.mode === 'snapshot') {
    // Only the page's own plan is here; others are on their way, unless loading them failed.
    const known = data.index.plans.some((p) => p.key === key);
    return data.plans.get(key) ?? (known && !data.failed ? undefined : null);
  }
  return preloaded ?? live;
}
