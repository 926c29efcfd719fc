import { foldText } from '../../search/tokenize.ts';

/** Marks where the query's words occur in `text` (compared folded: width, case, kana). */
export function Highlight({ text, query }: { text: string; query: string }) {
  const folded = foldText(text);
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (folded.length !== text.length || words.length === 0) return <>{text}</>;
  const marks = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) marks.fill(true, at, at + w.length);
  }
  const parts: { text: string; mark: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts.at(-1);
    if (last && last.mark === marks[i]) last.text += text[i];
    else parts.push({ text: text[i]!, mark: marks[i]! });
  }
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
