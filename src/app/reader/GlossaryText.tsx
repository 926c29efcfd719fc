/**
 * Official text with the plan's glossary terms marked: each term's first occurrence in a string
 * becomes a button that opens a popover with its definition (native Popover API: Esc and
 * click-outside close it, and the browser links the button to it for assistive technology).
 */
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../model/plan-data.ts';

const GlossaryContext = createContext<GlossaryTerm[]>([]);

export function GlossaryScope({ terms, children }: { terms: GlossaryTerm[]; children: ReactNode }) {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length); // longest first: 「個人番号」 before 「番号」
  return <GlossaryContext.Provider value={sorted}>{children}</GlossaryContext.Provider>;
}

export function GlossaryText({ text }: { text: string }) {
  const terms = useContext(GlossaryContext);
  const parts: ReactNode[] = [];
  let rest = text;
  const used = new Set<string>();
  while (rest) {
    let best: { at: number; term: GlossaryTerm } | null = null;
    for (const term of terms) {
      if (used.has(term.term)) continue;
      const at = rest.indexOf(term.term);
      if (at >= 0 && (!best || at < best.at)) best = { at, term };
    }
    if (!best) break;
    parts.push(rest.slice(0, best.at), <TermButton key={`${parts.length}`} term={best.term} />);
    used.add(best.term.term);
    rest = rest.slice(best.at + best.term.term.length);
  }
  parts.push(rest);
  return <>{parts}</>;
}

function TermButton({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <button type="button" className="term" popoverTarget={id} aria-label={t('glossary.open', { term: term.term })}>
        {term.term}
      </button>
      <span id={id} popover="auto" className="term-popover" role="note">
        <strong>{term.term}</strong>
        <span className="term-definition">{term.definition ?? t('glossary.noDefinition')}</span>
        <button type="button" className="button--secondary" popoverTarget={id} popoverTargetAction="hide">{t('glossary.close')}</button>
      </span>
    </>
  );
}
