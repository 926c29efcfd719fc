import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { db, type OutboxItem } from '../../db/database.ts';
import { deleteUnsent, listOpinions, markAnswerRead } from '../../sync/outbox.ts';
import { requestSync } from '../../sync/request-sync.ts';
import { serverErrorMessage } from './form-errors.ts';
import { PageTitle } from '../layout/PageTitle.tsx';

/** わたしの意見: every opinion from this device, its state, receipt and the city's answer. Offline too. */
export default function MyOpinionsPage() {
  const { t, i18n } = useTranslation();
  const items = useLiveQuery(listOpinions, []);
  const lastSync = useLiveQuery(() => db.meta.get('lastSyncAt').then((e) => (e?.value as number | undefined) ?? null), []);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const pending = items?.filter((i) => i.state === 'queued' || i.state === 'sending').length ?? 0;
  return (
    <>
      <PageTitle parts={[t('feedback.mine.title')]} />
      <h1>{t('feedback.mine.title')}</h1>
      <p>{t('feedback.mine.intro')}</p>
      <div className="sync-summary" role="status">
        <p>
          {t('feedback.mine.pending', { count: pending })} · {lastSync ? t('feedback.mine.lastSync', { time: time.format(lastSync) }) : t('feedback.mine.neverSynced')}
        </p>
        {pending > 0 && <button type="button" onClick={() => void requestSync({ force: true })}>{t('feedback.mine.sendNow')}</button>}
      </div>
      {items && items.length === 0 && <p>{t('feedback.mine.empty')}</p>}
      <ul className="opinion-list">
        {items?.map((item) => (item.type === 'opinion' ? <OpinionItem key={item.id} item={item} time={time} /> : null))}
      </ul>
      <p><Link to="/opinions/new?city=omitama&plan=sogo-keikaku-2">{t('feedback.write')}</Link></p>
    </>
  );
}

function OpinionItem({ item, time }: { item: Extract<OutboxItem, { type: 'opinion' }>; time: Intl.DateTimeFormat }) {
  const { t } = useTranslation();
  const p = item.payload;
  return (
    <li className={`card opinion opinion--${item.state}`} data-testid="opinion">
      <p className="opinion-state">
        <span className={`badge badge--${item.state}`}>{t(`feedback.mine.state.${item.state}`)}</span>
        {item.receipt && (
          <>
            {' '}<span className="receipt">{t('feedback.mine.receipt', { number: item.receipt.receiptNumber })}</span>
            {' '}<span className="badge">{t(`feedback.mine.status.${item.receipt.status}`)}</span>
          </>
        )}
      </p>
      <h2 className="opinion-title">{p.title}</h2>
      <p className="note">
        {t('feedback.mine.kind', { kind: t(`feedback.form.kinds.${p.kind}`) })} · {t('feedback.mine.writtenAt', { time: time.format(new Date(p.writtenAt)) })}
      </p>
      {/* Residents' own words are shown as text, never as HTML. */}
      <p className="opinion-body">{p.body}</p>
      {item.state === 'queued' && item.lastError && <p className="note">{serverErrorMessage(item.lastError, t)} {t('feedback.mine.nextTry', { time: time.format(item.nextAttemptAt) })}</p>}
      {item.state === 'rejected' && item.lastError && (
        <div className="notice notice--error" role="alert">
          <p>{t('feedback.mine.rejectedReason', { reason: serverErrorMessage(item.lastError, t) })}</p>
          <Link to={`/opinions/${item.id}/edit`}>{t('feedback.mine.edit')}</Link>
        </div>
      )}
      {item.receipt?.answer && (
        <section className="answer" aria-label={t('feedback.mine.answer')}>
          <h3>
            {t('feedback.mine.answer')} {item.answerUnread && <span className="badge badge--new">{t('feedback.mine.newAnswer')}</span>}
          </h3>
          <p lang="ja">{item.receipt.answer}</p>
          {item.answerUnread && <button type="button" className="button--secondary" onClick={() => void markAnswerRead(item.id)}>{t('feedback.mine.markRead')}</button>}
        </section>
      )}
      {(item.state === 'queued' || item.state === 'rejected') && (
        <button
          type="button"
          className="button--secondary"
          onClick={() => {
            if (window.confirm(t('feedback.mine.deleteConfirm'))) void deleteUnsent(item.id);
          }}
        >
          {t('feedback.mine.delete')}
        </button>
      )}
    </li>
  );
}
