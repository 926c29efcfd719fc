/** JSON from the app's own files. Hashed bundles never change, so each is fetched once per visit. */
const cache = new Map<string, Promise<unknown>>();

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function fetchBundle<T>(url: string): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetchJson<T>(url);
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p as Promise<T>;
}
