/**
 * Translations and plain-language text of plan content: ours, not official. Kept as data keyed by
 * the plan's stable ids (never inside UI string files), one file per language and plan:
 * data/translations/<language>/<city>.<plan>.json.
 */
import { z } from 'zod';

/** Content languages: `ja` holds plain summaries of the official text; the rest translate it. */
export const CONTENT_LANGUAGES = ['ja', 'ja-easy', 'en', 'vi', 'zh-Hans', 'tl', 'id', 'pt-BR', 'ko', 'th', 'es', 'ne', 'my', 'si'] as const;
export const ContentLanguage = z.enum(CONTENT_LANGUAGES);
export type ContentLanguage = z.infer<typeof ContentLanguage>;

const Text = z.string().min(1);

export const TranslatedBlock = z.strictObject({ heading: Text.optional(), text: z.array(Text) });
export const TranslatedSection = z.strictObject({ heading: Text, blocks: z.array(TranslatedBlock) });

export const TranslatedNode = z.strictObject({
  title: Text.optional(),
  subtitle: Text.optional(),
  /** 2–4 plain sentences: what the city will do and why it matters to residents. No numbers. */
  summary: Text.optional(),
  text: z.array(Text).optional(),
  /** Same order and shape as the node's official sections. */
  sections: z.array(TranslatedSection).optional(),
});

export const PlanTranslation = z.strictObject({
  language: ContentLanguage,
  municipality: z.string().min(1),
  plan: z.string().min(1),
  title: Text.optional(),
  vision: z.strictObject({ title: Text, subtitle: Text.optional(), text: z.array(Text).optional() }).optional(),
  levels: z.record(z.string(), Text).default({}),
  nodes: z.record(z.string(), TranslatedNode).default({}),
  indicators: z.record(z.string(), z.strictObject({ name: Text.optional(), unit: Text.optional(), rationale: Text.optional() })).default({}),
  /** Keyed by the official Japanese term. */
  glossary: z.record(z.string(), z.strictObject({ term: Text, definition: Text.optional() })).default({}),
});

/** Furigana: a string split into segments, each [surface] or [surface, reading]. */
export type RubySegments = ([string] | [string, string])[];

/** What the app loads for one language: every plan's translation, and furigana where it has them. */
export interface LanguageBundle {
  language: ContentLanguage;
  plans: Record<string, PlanTranslation>; // key: `${municipality}/${planId}`
  ruby?: Record<string, RubySegments>;
}

export type TranslatedNode = z.infer<typeof TranslatedNode>;
export type PlanTranslation = z.infer<typeof PlanTranslation>;
