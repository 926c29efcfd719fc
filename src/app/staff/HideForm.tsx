import { useState, type FormEvent } from 'react';
import { LIMITS_STAFF, type OpinionDetail } from '../../model/staff.ts';
import { staffApi } from './staff-api.ts';
import { useStaffText } from './staff-text.ts';
import { saveError } from './WorkflowForm.tsx';

/** Moderation: hide spam or abuse from the inbox and the counts, with the reason kept. */
export function HideForm({ opinion, onSaved, onReload }: { opinion: OpinionDetail; onSaved(o: OpinionDetail): void; onReload(): void }) {
  const t = useStaffText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const save = async (hide: { reason: string } | null) => {
    try {
      onSaved(await staffApi.change(opinion.id, { expectedVersion: opinion.version, hide }));
    } catch (e) {
      setError(saveError(e, t));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) void save({ reason: reason.trim() });
  };
  return (
    <section className="staff-hide" aria-labelledby="hide-heading">
      <h2 id="hide-heading">{t('hide.heading')}</h2>
      <p className="note">{t('hide.note')}</p>
      {opinion.hiddenReason ? (
        <>
          <p className="notice">{t('hide.hiddenNow', { reason: opinion.hiddenReason })}</p>
          <button type="button" className="button--secondary" onClick={() => void save(null)}>{t('hide.unhide')}</button>
        </>
      ) : (
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor="h-reason">{t('hide.reason')}</label>
            <input id="h-reason" type="text" required maxLength={LIMITS_STAFF.hideReason} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="button--secondary">{t('hide.hide')}</button>
        </form>
      )}
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error.message}</p>
          {error.conflict && <button type="button" className="button--secondary" onClick={onReload}>{t('workflow.reload')}</button>}
        </div>
      )}
    </section>
  );
}
