/** On the server: a reader page drawn to HTML from its snapshot, with the UI strings of its language, and its title. */
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { App } from '../App.tsx';
import { PageHeadContext, type PageHead } from '../layout/PageTitle.tsx';
import type { Snapshot } from './snapshot.ts';

type Strings = Record<string, unknown>;

export function renderPage(url: string, snapshot: Snapshot, strings: { ja: Strings; own?: Strings }): { html: string; head: PageHead } {
  // One i18next per page: pages in different languages may be drawn one after another.
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'ja',
    fallbackLng: 'ja',
    defaultNS: 'common',
    resources: { ja: { common: strings.ja } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const code = i18n.services.languageUtils.formatLanguageCode(snapshot.language);
  if (strings.own) i18n.addResourceBundle(code, 'common', strings.own);
  void i18n.changeLanguage(code);
  const head: PageHead = {};
  const html = renderToString(
    <PageHeadContext.Provider value={head}>
      <I18nextProvider i18n={i18n}>
        <StaticRouter location={url}>
          <App snapshot={snapshot} />
        </StaticRouter>
      </I18nextProvider>
    </PageHeadContext.Provider>,
  );
  return { html, head };
}
