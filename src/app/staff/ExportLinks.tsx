import { STAFF_API } from './staff-api.ts';
import { useStaffUser } from './StaffSession.tsx';
import { useStaffText } from './staff-text.ts';

/**
 * Downloads of the list as filtered now. Plain links: the browser sends the session cookie and
 * saves the file. Personal data only for admins, on a separate, clearly named link (the server
 * refuses it to others and records it).
 */
export function ExportLinks({ filters }: { filters: URLSearchParams }) {
  const t = useStaffText();
  const user = useStaffUser();
  const query = new URLSearchParams(filters);
  query.delete('page');
  query.delete('pageSize');
  const href = (file: string, personal = false) => {
    const q = new URLSearchParams(query);
    if (personal) q.set('personal', '1');
    const s = q.toString();
    return `${STAFF_API}/${file}${s ? `?${s}` : ''}`;
  };
  return (
    <section className="staff-export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <ul>
        <li><a href={href('export.csv')} download>{t('export.csv')}</a></li>
        <li><a href={href('export.json')} download>{t('export.json')}</a></li>
        {user.role === 'admin' && (
          <>
            <li><a href={href('export.csv', true)} download>{t('export.personalCsv')}</a></li>
            <li><a href={href('export.json', true)} download>{t('export.personalJson')}</a></li>
          </>
        )}
      </ul>
      <p className="note">{user.role === 'admin' ? t('export.personalNote') : t('export.note')}</p>
    </section>
  );
}
