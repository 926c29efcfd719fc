import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const dir = resolve(import.meta.dirname, '../../locales');
type Tree = { [key: string]: string | Tree };
const read = (lng: string) => JSON.parse(readFileSync(join(dir, lng, 'common.json'), 'utf8')) as Tree;
const flat = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v, `${prefix}${k}.`)));
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const source = new Map(flat(read('ja')));
const present = readdirSync(dir).filter((l) => l !== 'ja');

describe('UI strings', () => {
  it('exist for every language of the menu', () => {
    expect(present.sort()).toEqual(LANGUAGES.map((l) => l.code).filter((c) => c !== 'ja').sort());
  });

  it.each(present)('in %s have every key of the Japanese file, no other, with the same placeholders', (lng) => {
    const strings = new Map(flat(read(lng)));
    expect([...source.keys()].filter((k) => !strings.has(k)), 'missing').toEqual([]);
    expect([...strings.keys()].filter((k) => !source.has(k)), 'extra').toEqual([]);
    for (const [key, text] of strings) {
      expect(text.trim(), `${lng} ${key} empty`).not.toBe('');
      expect(placeholders(text), `${lng} ${key}`).toEqual(placeholders(source.get(key)!));
    }
  });
});
