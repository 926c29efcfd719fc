import { useTranslation } from 'react-i18next';
import type { DataTable } from '../../model/plan-data.ts';

/**
 * A data table (e.g. 歳入/歳出) as small SVG bar charts, one per row, with the numbers in a real
 * table for screen readers and anyone who prefers figures. The charts are decorative duplicates.
 */
export function DataTableView({ table }: { table: DataTable }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...table.rows.flatMap((r) => r.cells.map((c) => Math.abs(c?.value ?? 0))));
  return (
    <figure className="data-table">
      <figcaption lang="ja">{table.unit ? t('chart.tableCaption', { title: table.title, unit: table.unit }) : table.title}</figcaption>
      <div className="bar-charts" aria-hidden="true">
        {table.rows.map((row) => (
          <div key={row.label} className="bar-chart">
            <p lang="ja">{row.label}</p>
            <svg viewBox="0 0 100 40" role="presentation" preserveAspectRatio="none">
              {row.cells.map((cell, i) => {
                const h = ((cell?.value ?? 0) / max) * 36;
                const w = 100 / row.cells.length;
                return <rect key={i} x={i * w + 1} y={40 - h} width={w - 2} height={h} className="bar" />;
              })}
            </svg>
          </div>
        ))}
      </div>
      <details>
        <summary>{t('chart.showTable')}</summary>
        <div className="table-scroll">
          <table lang="ja">
            <thead>
              <tr>
                <td />
                {table.columns.map((c) => (
                  <th key={c} scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className="number">{cell?.printed ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {table.notes?.map((n) => (
        <p key={n} className="note" lang="ja">{n}</p>
      ))}
    </figure>
  );
}
