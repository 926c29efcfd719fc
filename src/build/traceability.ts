/**
 * The traceability check: every official string of a plan must be printed in its source extract,
 * every parsed number must equal the number in its printed form, every year its printed year.
 * What counts as official is decided by key (see docs/plan-data.md); ids, enums and our own
 * notes are not checked.
 */
import type { Correction } from '../model/plan-data.ts';
import { gregorianYear, numbersIn } from './normalize.ts';
import type { SourceText } from './source-text.ts';

const OFFICIAL_KEYS = new Set([
  'title', 'subtitle', 'code', 'name', 'rationale', 'unit', 'printed', 'text', 'heading',
  'departments', 'term', 'definition', 'label', 'columns', 'notes', 'project',
]);
/** Keys whose subtree is not official text (ours, or checked another way). */
const SKIPPED_KEYS = new Set(['corrections', 'doubtful', 'scope', 'parts', 'sources', 'source']);

export interface TraceFailure {
  file: string;
  where: string;
  message: string;
}

export interface TraceInput {
  file: string;
  /** Any JSON value: a part file, a plan file, a municipality. */
  data: unknown;
  sources: SourceText[];
  /** Corrections that may explain a string that differs from the source. */
  corrections: Correction[];
  /** Corrections this file itself declares: their `source` text must be printed in its sources. */
  declared?: Correction[];
}

export function checkTraceability(input: TraceInput): TraceFailure[] {
  const failures: TraceFailure[] = [];
  const fail = (where: string, message: string) => failures.push({ file: input.file, where, message });
  const found = (text: string) => input.sources.some((s) => s.contains(text));
  const foundCorrected = (text: string) => {
    let original = text;
    for (const c of input.corrections) {
      if (c.corrected && original.includes(c.corrected)) original = original.split(c.corrected).join(c.source);
    }
    return original !== text && found(original);
  };
  const checkString = (where: string, text: string) => {
    if (!found(text) && !foundCorrected(text)) fail(where, `not in ${names(input.sources)}: 「${text}」`);
  };

  const walk = (value: unknown, where: string, official: boolean) => {
    if (typeof value === 'string') {
      if (official) checkString(where, value);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${where}[${i}]`, official));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const here = typeof record.id === 'string' ? `${where ? `${where} › ` : ''}${record.id}` : where;
    if (typeof record.printed === 'string') checkPrinted(here, record, fail);
    for (const [key, child] of Object.entries(record)) {
      if (SKIPPED_KEYS.has(key)) continue;
      walk(child, `${here}.${key}`, official || OFFICIAL_KEYS.has(key));
    }
  };
  walk(input.data, '', false);

  for (const c of input.declared ?? input.corrections) {
    if (!found(c.source)) fail(`correction ${c.where}`, `corrected text's source not in ${names(input.sources)}: 「${c.source}」`);
  }
  return failures;
}

/** A value or year: its number must be the one printed. */
function checkPrinted(where: string, record: Record<string, unknown>, fail: (w: string, m: string) => void) {
  const printed = record.printed as string;
  if ('value' in record) {
    const value = record.value as number | null;
    const numbers = numbersIn(printed);
    if (value !== null && numbers[0] !== value) {
      fail(where, `value ${value} is not the number printed in 「${printed}」`);
    }
    if (value === null && numbers.length === 1) {
      fail(where, `value is null but 「${printed}」 prints the number ${numbers[0]}`);
    }
  }
  if ('year' in record && typeof record.year === 'number') {
    const year = gregorianYear(printed);
    if (year !== record.year) fail(where, `year ${record.year} does not match printed 「${printed}」 (${year ?? 'no year'})`);
  }
}

function names(sources: SourceText[]) {
  return sources.map((s) => s.name).join(' / ');
}
