import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { OpinionPage } from '../../model/staff.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { InboxFilters } from './InboxFilters.tsx';
import { InboxTable } from './InboxTable.tsx';
import { Pager } from './Pager.tsx';
import { staffApi } from './staff-api.ts';
import { useStaffText } from './staff-text.ts';

const PAGE_SIZE = 50;

/** 受信箱: the city's opinions, filtered by the address's query, newest first unless sorted otherwise. */
export function InboxPage() {
  const t = useStaffText();
  const [params, setParams] = useSearchParams();
  const [result, setResult] = useState<{ query: string; page?: OpinionPage; error?: string } | null>(null);
  const query = new URLSearchParams(params);
  query.set('pageSize', String(PAGE_SIZE));
  const queryString = query.toString();
  useEffect(() => {
    let live = true;
    staffApi.opinions(queryString).then(
      (page) => live && setResult({ query: queryString, page }),
      (error: Error) => live && setResult({ query: queryString, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [queryString]);
  const page = result?.page;
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    setParams(next);
  };
  return (
    <>
      <h1>{t('inbox.heading')}</h1>
      <InboxFilters key={params.toString()} params={params} onApply={setParams} />
      {result?.error && <p className="notice notice--error" role="alert">{t('inbox.error', { message: result.error })}</p>}
      {!result && <p role="status">{t('loading')}</p>}
      {page && (
        <>
          <p role="status" className="staff-total">
            {page.total === 0 ? t('inbox.empty') : t('inbox.total', { total: page.total, from: (page.page - 1) * page.pageSize + 1, to: (page.page - 1) * page.pageSize + page.items.length })}
          </p>
          {page.items.length > 0 && <InboxTable items={page.items} back={params.toString()} />}
          <Pager page={page.page} pages={Math.max(1, Math.ceil(page.total / page.pageSize))} onPage={goTo} />
        </>
      )}
      <ExportLinks filters={params} />
    </>
  );
}
