import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pendingCount } from '../../sync/outbox.ts';

/** 「送信待ち 3件」 in the header while opinions wait for a connection. */
export function SyncStatus() {
  const { t } = useTranslation();
  const pending = useLiveQuery(() => pendingCount().catch(() => 0), [], 0);
  if (!pending) return null;
  return (
    <Link to="/opinions" className="sync-status" data-testid="sync-status">
      {t('feedback.mine.pending', { count: pending })}
    </Link>
  );
}
