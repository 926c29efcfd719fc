import { useTranslation } from 'react-i18next';
import { progressOf } from '../../model/indicator-progress.ts';
import type { Indicator, Plan, Value } from '../../model/plan-data.ts';
import { L } from '../content/L.tsx';
import { usePlanText } from '../content/use-plan-text.ts';

const ARROWS = { increase: '↗', decrease: '↘', maintain: '→' } as const;

/** One indicator at a glance: baseline → target (→ actual), a progress bar that respects its direction. */
export function IndicatorCard({ indicator, plan }: { indicator: Indicator; plan: Plan }) {
  const { t } = useTranslation();
  const text = usePlanText(plan);
  const name = text.indicatorName(indicator);
  const unit = text.indicatorUnit(indicator);
  const rationale = text.indicatorRationale(indicator);
  // Numbers and units come from the data, as printed; a translated page gives Western years.
  const western = text.translating;
  const progress = progressOf(indicator);
  const percent = progress?.ratio == null ? null : Math.round(progress.ratio * 100);
  return (
    <li className="indicator">
      <p className="indicator-kind">
        {t(`indicator.kind.${indicator.kind}`)}
        {indicator.reappears && <span className="badge">{t('indicator.reappears')}</span>}
      </p>
      <h3 className="indicator-name"><L value={name} /></h3>
      {name.translated && <p className="official-title" lang="ja">{indicator.name}</p>}
      {unit && <p className="note">{t('indicator.unit', { unit })}</p>}
      {indicator.valuesNotGiven ? (
        <p className="notice">{t('indicator.valuesNotGiven')}</p>
      ) : (
        <dl className="indicator-values">
          <ValueItem label={t('indicator.baseline')} value={indicator.baseline} western={western} />
          <ValueItem label={t('indicator.target')} value={indicator.target} western={western} />
          {indicator.actual && <ValueItem label={t('indicator.actual')} value={indicator.actual} western={western} />}
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
      {rationale && (
        <details>
          <summary>{t('indicator.rationale')}</summary>
          <L value={rationale} as="p" />
        </details>
      )}
      {indicator.notes?.map((n) => (
        <p key={n} className="note" lang="ja">{n}</p>
      ))}
    </li>
  );
}

function ValueItem({ label, value, western }: { label: string; value?: Value; western: boolean }) {
  if (!value) return null;
  return (
    <div>
      <dt>
        {label}
        {value.year && (western ? <span> ({value.year.year})</span> : <span lang="ja">（{value.year.printed}）</span>)}
      </dt>
      <dd lang="ja">{value.printed}</dd>
    </div>
  );
}
