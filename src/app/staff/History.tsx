import type { OpinionDetail } from '../../model/staff.ts';
import { formatTime } from './format.ts';
import { labelOf, useStaffText, type StaffKey, type StaffText } from './staff-text.ts';

const ACTIONS: Record<string, StaffKey> = {
  'opinion.status': 'actions.status',
  'opinion.internal-note': 'actions.internalNote',
  'opinion.answered': 'actions.answered',
  'opinion.answer-withdrawn': 'actions.answerWithdrawn',
  'opinion.department': 'actions.department',
  'opinion.hidden': 'actions.hidden',
  'opinion.unhidden': 'actions.unhidden',
  'opinion.personal-data-viewed': 'actions.personalDataViewed',
};

/** "new → answered" as staff say it: "新規 → 回答済". */
function detailOf(t: StaffText, action: string, detail: string | null): string {
  if (!detail) return '';
  if (action !== 'opinion.status') return ` (${detail})`;
  return ` (${detail.split(' → ').map((s) => labelOf(t, 'status', s)).join(' → ')})`;
}

/** The opinion's audit trail: who did what, when. */
export function History({ entries }: { entries: OpinionDetail['history'] }) {
  const t = useStaffText();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('detail.history')}</h2>
      {entries.length === 0 ? (
        <p>{t('detail.noHistory')}</p>
      ) : (
        <ol className="staff-history">
          {entries.map((e, i) => (
            <li key={i}>
              <span className="staff-nowrap">{formatTime(e.at)}</span> {e.actor.replace(/^staff:/, '')} ·{' '}
              {ACTIONS[e.action] ? t(ACTIONS[e.action]!) : t('actions.other', { action: e.action })}
              {detailOf(t, e.action, e.detail)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
