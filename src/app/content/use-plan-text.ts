/**
 * The words to show for a plan's pieces in the current language: the translation when there is one
 * (and the reader has not asked for the original), else the official Japanese — with the language
 * each string is in, so every block carries the right `lang`.
 */
import { htmlLang } from '../../i18n/languages.ts';
import type { Indicator, Plan, PlanNode } from '../../model/plan-data.ts';
import type { PlanTranslation, TranslatedNode } from '../../model/translation.ts';
import { useContent } from './ContentProvider.tsx';

export interface Localized {
  text: string;
  lang: string;
  translated: boolean;
}

export function usePlanText(plan: Plan | null | undefined) {
  const { language, bundle, showOriginal } = useContent();
  const t: PlanTranslation | undefined = plan && bundle?.language === language ? bundle.plans[`${plan.municipality}/${plan.id}`] : undefined;
  const translating = language !== 'ja' && !showOriginal;
  const pick = (official: string, translated: string | undefined): Localized =>
    translating && translated ? { text: translated, lang: htmlLang(language), translated: true } : { text: official, lang: 'ja', translated: false };
  const node = (n: PlanNode): TranslatedNode | undefined => t?.nodes[n.id];
  return {
    language,
    translating,
    /** Is there any translation of this plan in the current language? */
    hasTranslation: !!t,
    planTitle: (p: Plan) => pick(p.title, t?.title),
    visionTitle: (official: string) => pick(official, t?.vision?.title),
    visionSubtitle: (official: string) => pick(official, t?.vision?.subtitle),
    /** The vision's paragraphs: all translated, or all official. */
    visionText: (official: string[]): Localized[] => {
      const translated = t?.vision?.text;
      return official.map((p, i) => pick(p, translated?.length === official.length ? translated[i] : undefined));
    },
    title: (n: PlanNode) => pick(n.title, node(n)?.title),
    /** Plain summary: in every language, Japanese included (ours, labelled as such). */
    summary: (n: PlanNode): Localized | null => {
      const s = node(n)?.summary;
      return s && (translating || language === 'ja' || language === 'ja-easy') ? { text: s, lang: htmlLang(language), translated: true } : null;
    },
    sections: (n: PlanNode) => (translating ? node(n)?.sections : undefined),
    text: (n: PlanNode) => (translating ? node(n)?.text : undefined),
    indicatorName: (i: Indicator) => pick(i.name, t?.indicators[i.id]?.name),
    indicatorUnit: (i: Indicator) => (translating ? t?.indicators[i.id]?.unit : undefined),
    indicatorRationale: (i: Indicator) => (i.rationale ? pick(i.rationale, t?.indicators[i.id]?.rationale) : null),
    levelLabel: (key: string, official: string) => pick(official, t?.levels[key]),
    glossary: (term: string, definition: string | undefined) => ({
      term: pick(term, t?.glossary[term]?.term),
      definition: definition ? pick(definition, t?.glossary[term]?.definition) : null,
    }),
  };
}
