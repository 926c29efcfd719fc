import { useTranslation } from 'react-i18next';
import { progressOf } from '../../model/indicator-progress.ts';
import type { Indicator, Value } from '../../model/plan-data.ts';

const ARROWS = { increase: '↗', decrease: '↘', maintain: '→' } as const;

/** One indicator at a glance: baseline → target (→ actual), a progress bar that respects its direction. */
export function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const progress = progressOf(indicator);
  const percent = progress?.ratio == null ? null : Math.round(progress.ratio * 100);
  return (
    <li className="indicator">
      <p className="indicator-kind">
        {t(`indicator.kind.${indicator.kind}`)}
        {indicator.reappears && <span className="badge">{t('indicator.reappears')}</span>}
      </p>
      <h3 className="indicator-name" lang="ja">{indicator.name}</h3>
      {indicator.valuesNotGiven ? (
        <p className="notice">{t('indicator.valuesNotGiven')}</p>
      ) : (
        <dl className="indicator-values">
          <ValueItem label={t('indicator.baseline')} value={indicator.baseline} />
          <ValueItem label={t('indicator.target')} value={indicator.target} />
          {indicator.actual && <ValueItem label={t('indicator.actual')} value={indicator.actual} />}
        </dl>
      )}
      {progress && (
        <p className="indicator-direction">
          <span aria-hidden="true">{ARROWS[progress.direction]} </span>
          {t('indicator.goal', { direction: t(`indicator.direction.${progress.direction}`) })}
        </p>
      )}
      {percent !== null && (
        <div className="progress">
          <progress max={100} value={percent} aria-label={t('indicator.progress', { percent })} />
          <span aria-hidden="true">{percent}%</span>
        </div>
      )}
      {indicator.achieved !== undefined && (
        <p className={`achieved achieved--${indicator.achieved}`}>
          {indicator.achieved ? t('indicator.achieved') : t('indicator.notAchieved')}
          {indicator.achievedBasis === 'derived' && <small> {t('indicator.achievedDerived')}</small>}
        </p>
      )}
      {indicator.rationale && (
        <details>
          <summary>{t('indicator.rationale')}</summary>
          <p lang="ja">{indicator.rationale}</p>
        </details>
      )}
      {indicator.notes?.map((n) => (
        <p key={n} className="note" lang="ja">{n}</p>
      ))}
    </li>
  );
}

function ValueItem({ label, value }: { label: string; value?: Value }) {
  if (!value) return null;
  return (
    <div>
      <dt>
        {label}
        {value.year && <span lang="ja">（{value.year.printed}）</span>}
      </dt>
      <dd lang="ja">{value.printed}</dd>
    </div>
  );
}
