import type ja from '../../locales/ja/common.json';

// Typed keys: t('plan.status.draft') is checked against the Japanese source file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof ja };
  }
}
