import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isBookmarked, shelfKey, toggleBookmark } from '../../db/shelf.ts';
import { useData } from '../data/DataProvider.tsx';

/** 気になる施策: a toggle that keeps a measure on this device's shelf. */
export function BookmarkButton({ municipality, planId, nodeId, title }: { municipality: string; planId: string; nodeId: string; title: string }) {
  const { t } = useTranslation();
  const data = useData();
  const saved = useLiveQuery(() => isBookmarked(shelfKey(municipality, planId, nodeId)), [municipality, planId, nodeId]);
  if (data.status !== 'ready' || data.mode === 'memory') return null; // nowhere to keep it
  return (
    <button type="button" className="bookmark button--secondary" aria-pressed={!!saved} onClick={() => void toggleBookmark({ municipality, planId, nodeId, title })}>
      <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
      {t('node.bookmark')}
    </button>
  );
}
