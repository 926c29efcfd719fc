import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShelfEntry } from '../../db/database.ts';
import { listBookmarks, listRecent } from '../../db/shelf.ts';
import { nodeUrl } from '../../model/plan-query.ts';
import { PageTitle } from '../layout/PageTitle.tsx';

/** 気になる施策 and recently read: kept on this device only. */
export default function ShelfPage() {
  const { t } = useTranslation();
  const bookmarks = useLiveQuery(listBookmarks, []);
  const recent = useLiveQuery(listRecent, []);
  return (
    <>
      <PageTitle parts={[t('shelf.title')]} />
      <h1>{t('shelf.title')}</h1>
      <p>{t('shelf.deviceOnly')}</p>
      <h2>{t('shelf.bookmarks')}</h2>
      <EntryList entries={bookmarks} empty={t('shelf.emptyBookmarks')} />
      <h2>{t('shelf.recent')}</h2>
      <EntryList entries={recent} empty={t('shelf.emptyRecent')} />
    </>
  );
}

function EntryList({ entries, empty }: { entries: ShelfEntry[] | undefined; empty: string }) {
  if (!entries) return null;
  if (entries.length === 0) return <p>{empty}</p>;
  return (
    <ul className="shelf-list">
      {entries.map((e) => (
        <li key={e.key}>
          <Link to={nodeUrl(e.municipality, e.planId, e.nodeId)} lang="ja">{e.title}</Link>
        </li>
      ))}
    </ul>
  );
}
