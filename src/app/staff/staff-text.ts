/**
 * The console's UI strings: locales/ja/staff.json, an i18next namespace of its own that only this
 * chunk loads, so residents never download it. Staff work in Japanese, so the console is Japanese
 * whatever language the browser or the resident app was set to.
 */
import i18next from 'i18next';
import staffJa from '../../../locales/ja/staff.json';

i18next.addResourceBundle('ja', 'staff', staffJa, true, true);

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of staff.json, checked by the compiler. */
export type StaffKey = Leaves<typeof staffJa>;
export type StaffText = (key: StaffKey, values?: Record<string, string | number>) => string;

// The namespace is not in the resident app's typed resources (src/i18n/types.d.ts), so it is typed here.
const fixed = i18next.getFixedT('ja', 'staff' as never) as unknown as StaffText;

export function useStaffText(): StaffText {
  return fixed;
}

/** A key built from data (a status, a kind), when it is one of ours; otherwise the raw value. */
export function labelOf(t: StaffText, prefix: 'status' | 'kinds' | 'ageGroups' | 'roles', value: string | null | undefined): string {
  if (!value) return '';
  const key = `${prefix}.${value}`;
  return typeof i18next.getResource('ja', 'staff', key) === 'string' ? t(key as StaffKey) : value;
}
