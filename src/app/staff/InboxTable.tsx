import { Link } from 'react-router';
import type { OpinionSummary } from '../../model/staff.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { formatTime } from './format.ts';
import { labelOf, useStaffText } from './staff-text.ts';

const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;

/** One row per opinion. Titles are residents' words: rendered as text by React, never as HTML. */
export function InboxTable({ items, back }: { items: OpinionSummary[]; back: string }) {
  const t = useStaffText();
  return (
    <div className="table-scroll">
      <table className="staff-table">
        <thead>
          <tr>
            <th scope="col">{t('inbox.columns.receipt')}</th>
            <th scope="col">{t('inbox.columns.received')}</th>
            <th scope="col">{t('inbox.columns.kind')}</th>
            <th scope="col">{t('inbox.columns.status')}</th>
            <th scope="col">{t('inbox.columns.node')}</th>
            <th scope="col">{t('inbox.columns.title')}</th>
            <th scope="col">{t('inbox.columns.language')}</th>
            <th scope="col">{t('inbox.columns.contact')}</th>
            <th scope="col">{t('inbox.columns.department')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id} data-testid="staff-opinion-row" className={o.hiddenReason ? 'staff-row--hidden' : undefined}>
              <td className="staff-nowrap">{o.receiptNumber}</td>
              <td className="staff-nowrap">{formatTime(o.receivedAt)}</td>
              <td>{labelOf(t, 'kinds', o.kind)}</td>
              <td><span className={`badge staff-status staff-status--${o.status}`}>{labelOf(t, 'status', o.status)}</span></td>
              <td>{o.nodeTitle ?? t('inbox.planWhole')}</td>
              <td>
                <Link to={`/staff/${o.id}`} state={{ back }}>{o.title}</Link>
                {o.hiddenReason && <> <span className="badge">{t('inbox.hiddenBadge')}</span></>}
              </td>
              <td>{languageName(o.language)}</td>
              <td>{o.hasContact ? t('inbox.contactYes') : t('inbox.contactNo')}</td>
              <td>{o.department ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
