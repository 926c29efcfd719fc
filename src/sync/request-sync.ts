/**
 * Ask for a sync from anywhere in the UI without pulling the sync engine (and its schema library)
 * into the first page load: it is loaded on first use.
 */
export function requestSync(options: { force?: boolean } = {}): Promise<unknown> {
  return import('./sync-triggers.ts').then((m) => m.syncNow(options));
}

export function startSync(): void {
  void import('./sync-triggers.ts').then((m) => m.startSyncTriggers());
}
