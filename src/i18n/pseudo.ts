/**
 * The pseudo-locale for development (?lang=pseudo): every translated string is wrapped in ⟦ ⟧ and
 * its Latin letters accented, so text that bypasses i18next stands out on screen at a glance.
 */
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Å', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', n: 'ñ', c: 'ç' };

export function pseudoString(text: string): string {
  // Placeholders ({{count}}) must survive untouched for interpolation to work.
  const parts = text.split(/(\{\{[^}]+\}\})/);
  return `⟦${parts.map((p) => (p.startsWith('{{') ? p : p.replace(/[aeiouAEIOUnc]/g, (c) => ACCENTS[c]!))).join('')}⟧`;
}

type Tree = { [key: string]: string | Tree };
export function pseudoBundle(tree: Tree): Tree {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? pseudoString(v) : pseudoBundle(v)]));
}
