import { useState, type FormEvent } from 'react';
import { NEXT_STATUSES, type OpinionChange, type OpinionDetail } from '../../model/staff.ts';
import { LIMITS_STAFF } from '../../model/staff.ts';
import { StaffApiError, staffApi } from './staff-api.ts';
import { labelOf, useStaffText, type StaffText } from './staff-text.ts';

export function saveError(error: unknown, t: StaffText): { message: string; conflict: boolean } {
  if (error instanceof StaffApiError && error.code === 'changed_meanwhile') return { message: t('workflow.conflict'), conflict: true };
  if (error instanceof StaffApiError && error.code === 'invalid_transition') return { message: t('workflow.invalidTransition'), conflict: false };
  if (error instanceof StaffApiError && error.code === 'network') return { message: t('networkError'), conflict: false };
  return { message: t('workflow.failed', { message: (error as Error).message }), conflict: false };
}

/**
 * Status, department, internal note and the public answer, saved together. Only what changed is
 * sent, with the version the staff member saw, so a colleague's save meanwhile is not overwritten.
 */
export function WorkflowForm({ opinion, departments, saved, onSaved, onReload }: {
  opinion: OpinionDetail;
  departments: string[];
  /** The last save succeeded (the form is re-created with the saved version, so the page knows). */
  saved: boolean;
  onSaved(o: OpinionDetail): void;
  onReload(): void;
}) {
  const t = useStaffText();
  const [status, setStatus] = useState(opinion.status);
  const [department, setDepartment] = useState(opinion.department ?? '');
  const [note, setNote] = useState(opinion.internalNote ?? '');
  const [answer, setAnswer] = useState(opinion.answer ?? '');
  const [state, setState] = useState<{ busy?: boolean; saved?: boolean; error?: { message: string; conflict: boolean } }>({});
  const choices = [opinion.status, ...NEXT_STATUSES[opinion.status]];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change: OpinionChange = { expectedVersion: opinion.version };
    if (status !== opinion.status) change.status = status;
    if (department !== (opinion.department ?? '')) change.department = department || null;
    if (note !== (opinion.internalNote ?? '')) change.internalNote = note || null;
    if (answer !== (opinion.answer ?? '')) change.publicAnswer = answer || null;
    if (Object.keys(change).length === 1) return;
    setState({ busy: true });
    try {
      onSaved(await staffApi.change(opinion.id, change));
    } catch (error) {
      setState({ error: saveError(error, t) });
    }
  };
  return (
    <form className="staff-workflow" onSubmit={(e) => void submit(e)} aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('workflow.heading')}</h2>
      <div className="field">
        <label htmlFor="w-status">{t('workflow.status')}</label>
        <select id="w-status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {choices.map((s) => <option key={s} value={s}>{labelOf(t, 'status', s)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="w-department">{t('workflow.department')}</label>
        <input id="w-department" type="text" list="w-departments" maxLength={LIMITS_STAFF.department} value={department} onChange={(e) => setDepartment(e.target.value)} aria-describedby="w-department-hint" />
        <datalist id="w-departments">{departments.map((d) => <option key={d} value={d} />)}</datalist>
        <p id="w-department-hint" className="note">{t('workflow.departmentHint')}</p>
      </div>
      <div className="field">
        <label htmlFor="w-note">{t('workflow.internalNote')}</label>
        <textarea id="w-note" rows={4} maxLength={LIMITS_STAFF.note} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="w-answer">{t('workflow.publicAnswer')}</label>
        <textarea id="w-answer" rows={6} maxLength={LIMITS_STAFF.answer} value={answer} onChange={(e) => setAnswer(e.target.value)} aria-describedby="w-answer-hint" />
        <p id="w-answer-hint" className="note">{t('workflow.publicAnswerHint')}</p>
      </div>
      <button type="submit" disabled={state.busy}>{state.busy ? t('workflow.saving') : t('workflow.save')}</button>
      <div role="status">{saved && !state.error && <p className="notice">{t('workflow.saved')}</p>}</div>
      {state.error && (
        <div className="notice notice--error" role="alert">
          <p>{state.error.message}</p>
          {state.error.conflict && <button type="button" className="button--secondary" onClick={onReload}>{t('workflow.reload')}</button>}
        </div>
      )}
    </form>
  );
}
