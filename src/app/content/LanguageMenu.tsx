import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LANGUAGES, htmlLang, type LanguageCode } from '../../i18n/languages.ts';
import { useContent } from './ContentProvider.tsx';

/** Every language named in itself (Tiếng Việt, 中文 …); the choice is remembered and put in the link. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const { language, setLanguage } = useContent();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <div className="language-menu">
      <label htmlFor="language-select">
        <span aria-hidden="true">🌐 </span>
        {t('language.label')}
        {/* The Japanese word too, so the menu can be found whatever language is on screen. */}
        {language !== 'ja' && <span lang="ja"> / {i18n.getFixedT('ja')('language.label')}</span>}
      </label>
      <select
        id="language-select"
        value={language}
        onChange={(e) => {
          const code = e.target.value as LanguageCode;
          void setLanguage(code).then(() => {
            const params = new URLSearchParams(location.search);
            if (code === 'ja') params.delete('lang');
            else params.set('lang', code);
            const search = params.toString();
            navigate({ pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash }, { replace: true });
          });
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={htmlLang(l.code)}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
