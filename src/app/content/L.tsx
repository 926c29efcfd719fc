import type { Localized } from './use-plan-text.ts';
import { RubyText } from './RubyText.tsx';

/** A localized string in its own language: `lang` set, furigana where there are readings. */
export function L({ value, as: Tag = 'span', className }: { value: Localized; as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'li' | 'dt' | 'dd'; className?: string }) {
  return (
    <Tag lang={value.lang} className={className}>
      <RubyText text={value.text} />
    </Tag>
  );
}
