import { useTranslation } from 'react-i18next';
import type { Plan, Review } from '../../model/plan-data.ts';
import { IndicatorCard } from './IndicatorCard.tsx';

/** An earlier period's targets and results (第2期 達成状況): indicator cards grouped by goal. */
export function ReviewView({ review, plan }: { review: Review; plan: Plan }) {
  const { t } = useTranslation();
  const all = review.groups.flatMap((g) => g.indicators);
  const achieved = all.filter((i) => i.achieved === true).length;
  const judged = all.filter((i) => i.achieved !== undefined).length;
  return (
    <section className="review" aria-labelledby={`review-${review.id}`}>
      <h2 id={`review-${review.id}`} lang="ja">{review.title}</h2>
      <p>
        {t('indicator.achieved')} {achieved} / {judged}
        <small> {t('indicator.achievedDerived')}</small>
      </p>
      {review.text?.map((p) => (
        <p key={p} lang="ja">{p}</p>
      ))}
      {review.groups.map((g) => (
        <section key={g.code}>
          <h3 lang="ja">{g.code} {g.title}</h3>
          <ul className="indicator-list">
            {g.indicators.map((i) => (
              <IndicatorCard key={i.id} indicator={i} plan={plan} />
            ))}
          </ul>
        </section>
      ))}
      {review.notes?.map((n) => (
        <p key={n} className="note" lang="ja">{n}</p>
      ))}
    </section>
  );
}
