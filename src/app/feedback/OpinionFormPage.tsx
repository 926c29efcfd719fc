import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { db } from '../../db/database.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { AGE_GROUPS, LIMITS, OPINION_KINDS, OpinionSubmission, type OpinionKind } from '../../model/opinion.ts';
import { nodePath } from '../../model/plan-query.ts';
import { enqueueOpinion, newId } from '../../sync/outbox.ts';
import { requestSync } from '../../sync/request-sync.ts';
import { usePlan } from '../data/use-plan.ts';
import { Loading, NotFound } from '../reader/Loading.tsx';
import { fieldErrors, type FieldErrors } from './form-errors.ts';
import { PublicCommentRule } from './PublicCommentRule.tsx';
import { useDraft } from './use-draft.ts';
import { PageTitle } from '../layout/PageTitle.tsx';

interface Fields extends Record<string, unknown> {
  id: string;
  kind: OpinionKind;
  title: string;
  body: string;
  language: string;
  ageGroup: string;
  area: string;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  writtenAt: string | null;
}

/** 意見・提案を書く: a form whose draft lives on the device until it joins the outbox. */
export default function OpinionFormPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id: editId } = useParams();
  const [params] = useSearchParams();
  const editing = useMemo(() => (editId ? db.outbox.get(editId) : null), [editId]);
  const [context, setContext] = useState<{ city: string; plan: string; node?: string; kind?: OpinionKind } | null>(editId ? null : {
    city: params.get('city') ?? '',
    plan: params.get('plan') ?? '',
    node: params.get('node') ?? undefined,
    kind: (params.get('kind') as OpinionKind | null) ?? undefined,
  });
  const [editFields, setEditFields] = useState<Fields | null>(null);
  useEffect(() => {
    void editing?.then((item) => {
      if (item?.type !== 'opinion') return;
      const p = item.payload;
      setContext({ city: p.municipality, plan: p.planId, node: p.nodeId, kind: p.kind });
      setEditFields({ id: p.id, kind: p.kind, title: p.title, body: p.body, language: p.language, ageGroup: p.ageGroup ?? '', area: p.area ?? '', name: p.contact?.name ?? '', email: p.contact?.email ?? '', phone: p.contact?.phone ?? '', consent: true, writtenAt: p.writtenAt });
    });
  }, [editing]);
  if (!context || (editId && !editFields)) return <Loading />;
  return <OpinionForm key={editId ?? 'new'} context={context} editFields={editFields} language={i18n.language} onDone={() => navigate('/opinions')} t={t} />;
}

function OpinionForm({ context, editFields, language, onDone, t }: {
  context: { city: string; plan: string; node?: string; kind?: OpinionKind };
  editFields: Fields | null;
  language: string;
  onDone: () => void;
  t: ReturnType<typeof useTranslation>['t'];
}) {
  const plan = usePlan(context.city, context.plan);
  const draftKey = editFields ? `edit:${editFields.id}` : `new:${context.city}/${context.plan}/${context.node ?? ''}`;
  const { fields, update, savedAt, finish } = useDraft<Fields>(draftKey, () =>
    editFields ?? {
      id: newId(),
      kind: context.kind ?? (context.node ? 'comment' : 'proposal'),
      title: '', body: '', language: LANGUAGES.some((l) => l.code === language) ? language : 'ja',
      ageGroup: '', area: '', name: '', email: '', phone: '', consent: false, writtenAt: null,
    },
    // A new-opinion draft whose id is already in the outbox was sent: start a fresh one.
    async (stored) => !editFields && !!(await db.outbox.get(stored.id)),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  if (plan === undefined || !fields) return <Loading />;
  if (plan === null) return <NotFound message="plan.notFound" />;
  const node = context.node ? nodePath(plan.nodes, context.node).at(-1) : undefined;
  const kinds = OPINION_KINDS.filter((k) => (k === 'public-comment' ? plan.status === 'draft' : k !== 'comment' || node));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const contact = { name: fields.name.trim() || undefined, email: fields.email.trim() || undefined, phone: fields.phone.trim() || undefined };
    const candidate = {
      id: fields.id,
      kind: fields.kind,
      municipality: context.city,
      planId: context.plan,
      ...(node ? { nodeId: node.id } : {}),
      title: fields.title,
      body: fields.body,
      language: fields.language,
      ...(fields.ageGroup ? { ageGroup: fields.ageGroup } : {}),
      ...(fields.area.trim() ? { area: fields.area } : {}),
      ...(contact.name || contact.email || contact.phone ? { contact } : {}),
      consent: fields.consent,
      // When it was written decides a public comment's deadline: the first time it was submitted.
      writtenAt: fields.writtenAt ?? new Date().toISOString(),
    };
    const parsed = OpinionSubmission.safeParse(candidate);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error, t);
      setErrors(found);
      document.getElementById('form-errors')?.focus();
      return;
    }
    setErrors({});
    finish();
    await enqueueOpinion(parsed.data, draftKey);
    void requestSync({ force: true });
    onDone();
  };

  const errorList = Object.entries(errors);
  const describe = (name: string, extra?: string) => [errors[name] ? `${name}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <PageTitle parts={[editFields ? t('feedback.form.editTitle') : t('feedback.form.title')]} />
      <h1>{editFields ? t('feedback.form.editTitle') : t('feedback.form.title')}</h1>
      <p>
        <span className="label">{t('feedback.form.concerns')}</span>{' '}
        <span lang="ja">{plan.title}</span>
        {node ? <span lang="ja"> › {node.code} {node.title}</span> : <> › {t('feedback.form.general')}</>}
      </p>
      {errorList.length > 0 && (
        <div id="form-errors" className="notice notice--error" role="alert" tabIndex={-1}>
          <p>{t('feedback.errors.summary', { count: errorList.length })}</p>
          <ul>
            {errorList.map(([name, message]) => (
              <li key={name}><a href={`#field-${name}`}>{message}</a></li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="opinion-form">
        <fieldset className="field">
          <legend>{t('feedback.form.kind')}</legend>
          {kinds.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={fields.kind === k} onChange={() => update({ kind: k })} />
              {t(`feedback.form.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        {fields.kind === 'public-comment' && <PublicCommentRule municipality={context.city} planId={context.plan} />}
        <div className="field">
          <label htmlFor="field-title">{t('feedback.form.titleLabel')}</label>
          <input id="field-title" type="text" value={fields.title} maxLength={LIMITS.title + 20} aria-invalid={!!errors.title} aria-describedby={describe('title', 'title-count')} onChange={(e) => update({ title: e.target.value })} />
          <Counter id="title-count" count={fields.title.length} max={LIMITS.title} />
          {errors.title && <p id="title-error" className="field-error">{errors.title}</p>}
        </div>
        <div className="field">
          <label htmlFor="field-body">{t('feedback.form.bodyLabel')}</label>
          <textarea id="field-body" rows={8} value={fields.body} aria-invalid={!!errors.body} aria-describedby={describe('body', 'body-count')} onChange={(e) => update({ body: e.target.value })} />
          <Counter id="body-count" count={fields.body.length} max={LIMITS.body} />
          {errors.body && <p id="body-error" className="field-error">{errors.body}</p>}
        </div>
        <div className="field">
          <label htmlFor="field-language">{t('feedback.form.language')}</label>
          <select id="field-language" value={fields.language} onChange={(e) => update({ language: e.target.value })}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code === 'ja-easy' ? 'ja' : l.code}>{l.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-age">{t('feedback.form.ageGroup')} {t('feedback.form.optional')}</label>
          <select id="field-age" value={fields.ageGroup} onChange={(e) => update({ ageGroup: e.target.value })}>
            <option value="">{t('feedback.form.ageGroupNone')}</option>
            {AGE_GROUPS.map((a) => (
              <option key={a} value={a}>{t(`feedback.form.ageGroups.${a}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-area">{t('feedback.form.area')} {t('feedback.form.optional')}</label>
          <input id="field-area" type="text" value={fields.area} aria-invalid={!!errors.area} aria-describedby={describe('area')} onChange={(e) => update({ area: e.target.value })} />
          {errors.area && <p id="area-error" className="field-error">{errors.area}</p>}
        </div>
        <fieldset className="field">
          <legend>{t('feedback.form.contactHeading')} {t('feedback.form.optional')}</legend>
          <p id="contact-note">{t('feedback.form.contactNote')}</p>
          {(['name', 'email', 'phone'] as const).map((f) => (
            <div className="field" key={f}>
              <label htmlFor={`field-contact.${f}`}>{t(`feedback.form.${f}`)}</label>
              <input id={`field-contact.${f}`} type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'} autoComplete={f === 'name' ? 'name' : f === 'email' ? 'email' : 'tel'} value={fields[f]} aria-invalid={!!errors[`contact.${f}`]} aria-describedby={describe(`contact.${f}`, 'contact-note')} onChange={(e) => update({ [f]: e.target.value })} />
              {errors[`contact.${f}`] && <p id={`contact.${f}-error`} className="field-error">{errors[`contact.${f}`]}</p>}
            </div>
          ))}
        </fieldset>
        <section aria-labelledby="privacy-heading" className="privacy">
          <h2 id="privacy-heading">{t('feedback.form.privacyHeading')}</h2>
          <p>{t('feedback.form.privacy')}</p>
          <label className="choice" htmlFor="field-consent">
            <input id="field-consent" type="checkbox" checked={fields.consent} aria-invalid={!!errors.consent} aria-describedby={describe('consent')} onChange={(e) => update({ consent: e.target.checked })} />
            {t('feedback.form.consent')}
          </label>
          {errors.consent && <p id="consent-error" className="field-error">{errors.consent}</p>}
        </section>
        <button type="submit">{t('feedback.form.submit')}</button>
        <p className="note" aria-live="polite">{savedAt ? t('feedback.form.draftSaved') : ''}</p>
        <p className="note">{t('feedback.form.queuedOffline')}</p>
      </form>
      <p><Link to="/opinions">{t('feedback.mine.title')}</Link></p>
    </>
  );
}

function Counter({ id, count, max }: { id: string; count: number; max: number }) {
  const { t } = useTranslation();
  return (
    <p id={id} className={`counter${count > max ? ' counter--over' : ''}`}>
      {t('feedback.form.counter', { count, max })}
    </p>
  );
}
