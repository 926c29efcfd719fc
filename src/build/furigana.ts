/**
 * Furigana at build time: kuromoji (its dictionary ships in the npm package; nothing is downloaded)
 * reads each string, and a reviewed override list fixes what the dictionary gets wrong — place names
 * first. The result is ruby data: segments of [surface] or [surface, reading].
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import type { RubySegments } from '../model/translation.ts';

export interface ReadingOverride {
  surface: string;
  segments: RubySegments;
  reason: string;
}

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/;
const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

export type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

export function loadTokenizer(): Promise<Tokenizer> {
  const require = createRequire(import.meta.url);
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((ok, fail) => kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? fail(error) : ok(tokenizer))));
}

export function loadOverrides(file: string): ReadingOverride[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as ReadingOverride[]).sort((a, b) => b.surface.length - a.surface.length);
}

/** Splits a word's reading over its kanji runs: 取り組み + とりくみ → 取(と) り 組(く) み. */
export function alignReading(surface: string, reading: string): RubySegments {
  const runs = surface.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]+|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]+/g) ?? [surface];
  if (!runs.some((r) => KANJI.test(r))) return [[surface]];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${runs.map((r) => (KANJI.test(r) ? '(.+?)' : `(${escape(toHiragana(r))})`)).join('')}$`);
  const match = pattern.exec(toHiragana(reading));
  if (!match) return [[surface, toHiragana(reading)]];
  return runs.map((run, i) => (KANJI.test(run) ? [run, match[i + 1]!] : [run]));
}

function tokenSegments(tokenizer: Tokenizer, text: string, depth = 0): RubySegments {
  const out: RubySegments = [];
  for (const token of tokenizer.tokenize(text)) {
    const surface = token.surface_form;
    if (KANJI.test(surface) && token.reading && token.reading !== '*') out.push(...alignReading(surface, token.reading));
    else if (KANJI.test(surface) && depth === 0 && [...surface].length > 1) {
      // An unknown word: read it character by character, so no kanji is left without a reading.
      for (const ch of surface) out.push(...tokenSegments(tokenizer, ch, 1));
    } else out.push([surface]);
  }
  return out;
}

/** Ruby segments for a string, or null when it holds no kanji. Adjacent plain segments are merged. */
export function furigana(tokenizer: Tokenizer, overrides: ReadingOverride[], text: string): RubySegments | null {
  if (!KANJI.test(text)) return null;
  const segments: RubySegments = [];
  let rest = text;
  while (rest) {
    let best: { at: number; o: ReadingOverride } | null = null;
    for (const o of overrides) {
      const at = rest.indexOf(o.surface);
      if (at >= 0 && (!best || at < best.at)) best = { at, o };
    }
    const head = best ? rest.slice(0, best.at) : rest;
    if (head) segments.push(...tokenSegments(tokenizer, head));
    if (!best) break;
    segments.push(...best.o.segments);
    rest = rest.slice(best.at + best.o.surface.length);
  }
  const merged: RubySegments = [];
  for (const s of segments) {
    const last = merged.at(-1);
    if (s.length === 1 && last && last.length === 1) last[0] += s[0];
    else merged.push(s.length === 1 ? [s[0]] : [s[0], s[1]]);
  }
  return merged;
}

/** Every string under `value`, skipping the given keys. */
export function collectStrings(value: unknown, skip: Set<string>, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, skip, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!skip.has(k)) collectStrings(v, skip, out);
  return out;
}

export function rubyMap(tokenizer: Tokenizer, overrides: ReadingOverride[], strings: Iterable<string>): Record<string, RubySegments> {
  const map: Record<string, RubySegments> = {};
  for (const s of strings) {
    const r = furigana(tokenizer, overrides, s);
    if (r) map[s] = r;
  }
  return map;
}
