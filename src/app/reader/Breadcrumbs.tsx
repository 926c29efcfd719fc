import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
  lang?: string;
}

/** Where this page sits: city › plan › goal › measure. The last item is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  const all: Crumb[] = [{ label: t('nav.home'), to: '/' }, ...items];
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
      <ol>
        {all.map((item, i) => (
          <li key={`${i}-${item.label}`}>
            {item.to && i < all.length - 1 ? (
              <Link to={item.to} lang={item.lang}>{item.label}</Link>
            ) : (
              <span aria-current="page" lang={item.lang}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
