import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database.ts';
import type { CommentPeriod } from '../../model/opinion.ts';

/** The server's public-comment rule, shown before the resident submits (cached for offline use). */
export function PublicCommentRule({ municipality, planId }: { municipality: string; planId: string }) {
  const { t, i18n } = useTranslation();
  const [periods, setPeriods] = useState<CommentPeriod[] | null>(null);
  useEffect(() => {
    let live = true;
    void db.meta.get('commentPeriods').then((cached) => live && cached && setPeriods(cached.value as CommentPeriod[]), () => undefined);
    fetch('/api/v1/comment-periods')
      .then((r) => (r.ok ? (r.json() as Promise<{ periods: CommentPeriod[] }>) : Promise.reject(new Error(String(r.status)))))
      .then(({ periods: fresh }) => {
        if (!live) return;
        setPeriods(fresh);
        void db.meta.put({ key: 'commentPeriods', value: fresh }).catch(() => undefined);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const period = periods?.find((p) => p.municipality === municipality && p.planId === planId);
  return (
    <div className="notice" role="note">
      {period?.closesAt ? (
        <p>{t('feedback.form.publicClosesAt', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(period.closesAt)) })}</p>
      ) : (
        <p>{t('feedback.form.publicOpen')}</p>
      )}
      <p>{t('feedback.form.publicRule', { days: period?.graceDays ?? 14 })}</p>
    </div>
  );
}
