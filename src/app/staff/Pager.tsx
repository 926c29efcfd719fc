import { useStaffText } from './staff-text.ts';

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const t = useStaffText();
  if (pages <= 1) return null;
  return (
    <nav className="staff-pager" aria-label={t('inbox.pagination')}>
      <button type="button" className="button--secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>{t('inbox.previous')}</button>
      <span>{t('inbox.page', { page, pages })}</span>
      <button type="button" className="button--secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>{t('inbox.next')}</button>
    </nav>
  );
}
