import { useContent } from './ContentProvider.tsx';

/** Text with furigana as <ruby> where the current content has readings for it. */
export function RubyText({ text }: { text: string }) {
  const { rubyFor } = useContent();
  const segments = rubyFor(text);
  if (!segments) return <>{text}</>;
  return (
    <>
      {segments.map(([surface, reading], i) =>
        reading ? (
          <ruby key={i}>
            {surface}
            <rp>(</rp>
            <rt>{reading}</rt>
            <rp>)</rp>
          </ruby>
        ) : (
          <span key={i}>{surface}</span>
        ),
      )}
    </>
  );
}
