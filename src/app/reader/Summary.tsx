import { useTranslation } from 'react-i18next';
import { L } from '../content/L.tsx';
import type { Localized } from '../content/use-plan-text.ts';

/** わかりやすい要約: our plain summary, shown above the official text and labelled as ours. */
export function Summary({ summary }: { summary: Localized | null }) {
  const { t } = useTranslation();
  if (!summary) return null;
  return (
    <aside className="summary" aria-labelledby="summary-heading" data-testid="summary">
      <h2 id="summary-heading">{t('content.summary')}</h2>
      <L value={summary} as="p" />
      <p className="note">{t('content.summaryNote')}</p>
    </aside>
  );
}
