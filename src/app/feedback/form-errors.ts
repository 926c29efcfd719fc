import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { LIMITS } from '../../model/opinion.ts';

export type FieldErrors = Partial<Record<string, string>>;

const FIELD_LABELS: Record<string, string> = {
  title: 'feedback.form.titleLabel',
  body: 'feedback.form.bodyLabel',
  area: 'feedback.form.area',
  'contact.name': 'feedback.form.name',
  'contact.email': 'feedback.form.email',
  'contact.phone': 'feedback.form.phone',
  kind: 'feedback.form.kind',
};

/** zod issues of the shared schema → one translated message per form field. */
export function fieldErrors(error: z.ZodError, t: TFunction): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (out[path]) continue;
    const field = t((FIELD_LABELS[path] ?? 'feedback.form.bodyLabel') as 'feedback.form.bodyLabel');
    if (path === 'consent') out[path] = t('feedback.errors.consent');
    else if (path === 'contact.email') out[path] = t('feedback.errors.email');
    else if (path === 'contact.phone') out[path] = t('feedback.errors.phone');
    else if (issue.code === 'too_big') out[path] = t('feedback.errors.tooLong', { field, max: LIMITS[path.split('.').at(-1) as keyof typeof LIMITS] ?? issue.maximum });
    else if (issue.code === 'too_small') out[path] = t('feedback.errors.required', { field });
    else out[path] = t('feedback.errors.invalid', { field });
  }
  return out;
}

/** A server error code → the resident's language. */
export function serverErrorMessage(error: { code: string; message: string }, t: TFunction): string {
  const key = `feedback.serverErrors.${error.code}`;
  return t(key as 'feedback.serverErrors.other', { defaultValue: '' }) || t('feedback.serverErrors.other', { code: error.code, message: error.message });
}
