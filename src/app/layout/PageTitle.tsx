/**
 * The page's title — in the browser tab, the history and what a screen reader announces first
 * (WCAG 2.4.2): "<page> — まちプラン". The server reads it (and a not-found status) while it prepares a page.
 */
import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageHead {
  title?: string;
  notFound?: boolean;
}

/** Given only by the server, which reads it once the page is drawn (renderToString draws once, so the page's own title is the last written). */
export const PageHeadContext = createContext<PageHead | null>(null);

export function PageTitle({ parts, notFound = false }: { parts: (string | undefined)[]; notFound?: boolean }) {
  const { t } = useTranslation();
  const head = useContext(PageHeadContext);
  const title = [...parts.filter(Boolean), t('app.name')].join(' — ');
  if (head) Object.assign(head, { title, notFound });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
