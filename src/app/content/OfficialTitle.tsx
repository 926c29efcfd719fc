import { useTranslation } from 'react-i18next';
import type { Localized } from './use-plan-text.ts';

/** Under a translated heading: the official Japanese title it stands for. */
export function OfficialTitle({ shown, official }: { shown: Localized; official: string }) {
  const { t } = useTranslation();
  if (!shown.translated) return null;
  return (
    <p className="official-title">
      <span className="label">{t('content.officialTitle')}</span> <span lang="ja">{official}</span>
    </p>
  );
}
