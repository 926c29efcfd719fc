import { useTranslation } from 'react-i18next';
import { useContent } from './ContentProvider.tsx';

/** On a translated page: this is a reference translation, the Japanese is authoritative — one tap to the original. */
export function ReferenceNotice({ hasTranslation }: { hasTranslation: boolean }) {
  const { t } = useTranslation();
  const { language, showOriginal, setShowOriginal } = useContent();
  if (language === 'ja') return null;
  return (
    <div className="notice reference-notice" role="note" data-testid="reference-notice">
      <p>{hasTranslation ? t('content.referenceNotice') : t('content.notTranslated')}</p>
      {hasTranslation && (
        <button type="button" className="button--secondary" aria-pressed={showOriginal} onClick={() => setShowOriginal(!showOriginal)}>
          {showOriginal ? t('content.showTranslation') : t('content.showOriginal')}
        </button>
      )}
    </div>
  );
}
