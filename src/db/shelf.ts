/** 気になる施策 (bookmarks) and recently read, kept on the device only. */
import { db, type ShelfEntry } from './database.ts';

const RECENT_LIMIT = 20;

export const shelfKey = (municipality: string, planId: string, nodeId: string) => `${municipality}/${planId}/${nodeId}`;

export async function toggleBookmark(entry: Omit<ShelfEntry, 'key' | 'at'>): Promise<boolean> {
  const key = shelfKey(entry.municipality, entry.planId, entry.nodeId);
  return db.transaction('rw', db.bookmarks, async () => {
    if (await db.bookmarks.get(key)) {
      await db.bookmarks.delete(key);
      return false;
    }
    await db.bookmarks.put({ ...entry, key, at: Date.now() });
    return true;
  });
}

export async function recordVisit(entry: Omit<ShelfEntry, 'key' | 'at'>): Promise<void> {
  const key = shelfKey(entry.municipality, entry.planId, entry.nodeId);
  await db.transaction('rw', db.recent, async () => {
    await db.recent.put({ ...entry, key, at: Date.now() });
    const old = await db.recent.orderBy('at').reverse().offset(RECENT_LIMIT).primaryKeys();
    await db.recent.bulkDelete(old);
  });
}

export const listBookmarks = () => db.bookmarks.orderBy('at').reverse().toArray();
export const listRecent = () => db.recent.orderBy('at').reverse().toArray();
export const isBookmarked = (key: string) => db.bookmarks.get(key).then(Boolean);
