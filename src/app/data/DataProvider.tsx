/**
 * Starts the plan data: the index from the network (or the service worker's cache), plans into
 * IndexedDB when the data version changed, then pages read from IndexedDB. Without IndexedDB
 * (private mode, quota) the bundles are read into memory and the app says it cannot save.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { canUseDatabase, isQuotaError } from '../../db/database.ts';
import { hydratePlans, storedIndex } from '../../db/plan-store.ts';
import type { DataIndex } from '../../model/data-index.ts';
import type { Plan } from '../../model/plan-data.ts';

export type DataState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; mode: 'device'; index: DataIndex }
  | { status: 'ready'; mode: 'memory'; index: DataIndex; plans: Map<string, Plan>; reason: 'unavailable' | 'quota' };

const DataContext = createContext<DataState>({ status: 'loading' });
export const useData = () => useContext(DataContext);

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function intoMemory(index: DataIndex, reason: 'unavailable' | 'quota'): Promise<DataState> {
  const entries = await Promise.all(index.plans.map(async (e) => [e.key, await getJson<Plan>(e.url)] as const));
  return { status: 'ready', mode: 'memory', index, plans: new Map(entries), reason };
}

export async function startData(): Promise<DataState> {
  const network = await getJson<DataIndex>('/data/index.json').catch(() => null);
  if (!(await canUseDatabase())) return network ? intoMemory(network, 'unavailable') : { status: 'error' };
  if (network) {
    try {
      performance.mark('machiplan:hydrate-start');
      const result = await hydratePlans(network, (url) => getJson<Plan>(url));
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

export function DataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    startData().then(
      (s) => live && setState(s),
      () => live && setState({ status: 'error' }),
    );
    const retry = () => setAttempt((a) => a + 1);
    window.addEventListener('online', retry, { once: true });
    return () => {
      live = false;
      window.removeEventListener('online', retry);
    };
  }, [attempt]);
  return <DataContext.Provider value={state}>{children}</DataContext.Provider>;
}
