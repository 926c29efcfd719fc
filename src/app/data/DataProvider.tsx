/**
 * Starts the plan data: the index from the network (or the service worker's cache), plans into
 * IndexedDB when the data version changed, then pages read from IndexedDB. Without IndexedDB
 * (private mode, quota) the bundles are read into memory and the app says it cannot save.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { canUseDatabase, isQuotaError } from '../../db/database.ts';
import { hydratePlans, storedIndex } from '../../db/plan-store.ts';
import type { DataIndex } from '../../model/data-index.ts';
import type { Plan } from '../../model/plan-data.ts';
import type { Snapshot } from '../prerender/snapshot.ts';
import { fetchBundle, fetchJson } from './fetch-json.ts';

export type DataState =
  | { status: 'loading' }
  | { status: 'error' }
  /** `preloaded`: the page's plan from its snapshot, shown until IndexedDB answers. */
  | { status: 'ready'; mode: 'device'; index: DataIndex; preloaded?: Map<string, Plan> }
  | { status: 'ready'; mode: 'memory'; index: DataIndex; plans: Map<string, Plan>; reason: 'unavailable' | 'quota' }
  /**
   * A page prepared by the server, taken over before the device's data is ready: only its own plan.
   * `failed`: loading the rest did not work (offline, no storage); other plans are not coming.
   */
  | { status: 'ready'; mode: 'snapshot'; index: DataIndex; plans: Map<string, Plan>; failed?: boolean };

const DataContext = createContext<DataState>({ status: 'loading' });
export const useData = () => useContext(DataContext);

async function intoMemory(index: DataIndex, reason: 'unavailable' | 'quota'): Promise<DataState> {
  const entries = await Promise.all(index.plans.map(async (e) => [e.key, await fetchBundle<Plan>(e.url)] as const));
  return { status: 'ready', mode: 'memory', index, plans: new Map(entries), reason };
}

export async function startData(known?: DataIndex): Promise<DataState> {
  const network = known ?? (await fetchJson<DataIndex>('/data/index.json').catch(() => null));
  if (!(await canUseDatabase())) return network ? intoMemory(network, 'unavailable') : { status: 'error' };
  if (network) {
    try {
      performance.mark('machiplan:hydrate-start');
      const result = await hydratePlans(network, (url) => fetchBundle<Plan>(url));
      performance.mark('machiplan:hydrate-end');
      performance.measure(`machiplan:hydrate:${result}`, 'machiplan:hydrate-start', 'machiplan:hydrate-end');
    } catch (error) {
      if (isQuotaError(error)) return intoMemory(network, 'quota');
      // A failed load leaves the previous data in place: carry on with it below.
    }
  }
  void navigator.storage?.persist?.();
  const index = await storedIndex();
  if (index) return { status: 'ready', mode: 'device', index };
  return network ? intoMemory(network, 'unavailable') : { status: 'error' };
}

export function DataProvider({ snapshot, children }: { snapshot?: Snapshot; children: ReactNode }) {
  const [state, setState] = useState<DataState>(
    snapshot ? { status: 'ready', mode: 'snapshot', index: snapshot.index, plans: snapshot.plans } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const settle = (s: DataState) => {
      if (!live) return;
      if (!snapshot) return setState(s);
      // Keep showing the page's plan while IndexedDB answers; an error keeps the snapshot. The page
      // looks the same, so it re-renders in the background (a transition) without blocking input.
      if (s.status !== 'ready') return setState((now) => (now.status === 'ready' && now.mode === 'snapshot' ? { ...now, failed: true } : now));
      startTransition(() => setState(s.mode === 'device' ? { ...s, preloaded: snapshot.plans } : s));
    };
    startData(attempt === 0 ? snapshot?.index : undefined).then(settle, () => settle({ status: 'error' }));
    const retry = () => setAttempt((a) => a + 1);
    window.addEventListener('online', retry, { once: true });
    return () => {
      live = false;
      window.removeEventListener('online', retry);
    };
  }, [attempt]);
  return <DataContext.Provider value={state}>{children}</DataContext.Provider>;
}
