import { useTranslation } from 'react-i18next';
import { useContent } from './ContentProvider.tsx';
import { ReadAloud } from './ReadAloud.tsx';

/** Above the main text: read-aloud, and furigana for the official Japanese. */
export function ContentTools() {
  const { t } = useTranslation();
  const { language, showOriginal, furigana, setFurigana } = useContent();
  const showsOfficialJapanese = language === 'ja' || showOriginal;
  return (
    <div className="content-tools">
      <ReadAloud />
      {showsOfficialJapanese && (
        <label className="choice">
          <input type="checkbox" checked={furigana} onChange={(e) => setFurigana(e.target.checked)} />
          {t('content.furigana')}
        </label>
      )}
    </div>
  );
}
