import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { enqueueReaction, hasReacted, newId } from '../../sync/outbox.ts';
import { requestSync } from '../../sync/request-sync.ts';

const KINDS = ['support', 'interest'] as const;

/** この施策に賛成 / 関心あり: queued like opinions, counted once per device. */
export function ReactionButtons({ municipality, planId, nodeId }: { municipality: string; planId: string; nodeId: string }) {
  const { t } = useTranslation();
  const done = useLiveQuery(async () => Object.fromEntries(await Promise.all(KINDS.map(async (k) => [k, await hasReacted(municipality, planId, nodeId, k)]))), [municipality, planId, nodeId]);
  return (
    <div className="reactions" role="group" aria-labelledby="reactions-title">
      <h2 id="reactions-title">{t('feedback.reactions.title')}</h2>
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="button--secondary"
          aria-pressed={!!done?.[kind]}
          disabled={!!done?.[kind]}
          onClick={() => void enqueueReaction({ id: newId(), kind, municipality, planId, nodeId }).then(() => requestSync())}
        >
          {t(`feedback.reactions.${kind}`)}
        </button>
      ))}
      <p className="note">{t('feedback.reactions.note')}</p>
    </div>
  );
}
