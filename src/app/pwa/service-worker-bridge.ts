/**
 * The page's side of the service worker: registers it and tells the UI when a new version waits.
 * The update is applied only when the user says so (never a silent reload under a draft).
 */
import type { Workbox } from 'workbox-window';

type Listener = (waiting: boolean) => void;
let workbox: Workbox | null = null;
let waiting = false;
const listeners = new Set<Listener>();

function setWaiting(value: boolean) {
  waiting = value;
  listeners.forEach((l) => l(value));
}

let registering = false;

/** Registers the worker (once, however often it is asked). */
export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV || registering) return;
  registering = true;
  // Loaded after the first paint: it is not needed to read a plan.
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => setWaiting(true));
  void workbox.register();
}

export function onUpdateWaiting(listener: Listener): () => void {
  listeners.add(listener);
  listener(waiting);
  return () => listeners.delete(listener);
}

/** Activate the waiting worker, then reload once it controls the page. */
export function applyUpdate() {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
