/**
 * User-facing text comes from the locale files, never written into components: this lint finds
 * JSX text and user-facing attributes (aria-label, title, placeholder, alt) holding words.
 * Symbols (›, ★, ▶, emoji, punctuation) are allowed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const WORDS = /[\p{L}\p{N}]/u;
const ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

function* tsxFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsxFiles(path);
    else if (entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx')) yield path;
  }
}

export function hardcodedText(file: string, source: string): string[] {
  const found: string[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && WORDS.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found.map((text) => `${relative(root, file)}: ${text}`);
}

describe('user-facing text', () => {
  it('is never hard-coded in components', () => {
    const found = [...tsxFiles(join(root, 'src'))].flatMap((f) => hardcodedText(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('is caught by the lint when it is', () => {
    expect(hardcodedText('x.tsx', 'const A = () => <p aria-label="閉じる">保存しました</p>;')).toHaveLength(2);
    expect(hardcodedText('x.tsx', "const A = () => <p>{t('a')} › ★ 🔊</p>;")).toEqual([]);
  });
});
