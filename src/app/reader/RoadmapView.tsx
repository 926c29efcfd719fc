import { useTranslation } from 'react-i18next';
import type { PlanNode } from '../../model/plan-data.ts';

/** ロードマップ: project × year. The extract lost the cost-trend icons, so each year says only "carried out". */
export function RoadmapView({ rows }: { rows: NonNullable<PlanNode['roadmap']> }) {
  const { t } = useTranslation();
  const years = rows[0]?.years ?? [];
  return (
    <section aria-labelledby="roadmap">
      <h2 id="roadmap">{t('node.roadmap')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('node.roadmapProject')}</th>
              {years.map((y) => (
                <th key={y.year.year} scope="col" lang="ja">{y.year.printed}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.project}>
                <th scope="row" lang="ja">
                  {row.leading && <span className="leading">{t('node.tags.leading')} </span>}
                  {row.project}
                </th>
                {row.years.map((y) => (
                  <td key={y.year.year} title={t('node.roadmapTrendUnknown')}>
                    <span aria-hidden="true">▶</span>
                    <span className="visually-hidden">{t('node.roadmapTrendUnknown')}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
