import { useTranslation } from 'react-i18next';
import { htmlLang } from '../../i18n/languages.ts';
import type { Section } from '../../model/plan-data.ts';
import type { TranslatedNode } from '../../model/translation.ts';
import { useContent } from '../content/ContentProvider.tsx';
import { RubyText } from '../content/RubyText.tsx';
import { GlossaryText } from './GlossaryText.tsx';

type TranslatedSection = NonNullable<TranslatedNode['sections']>[number];

/** An official text section (heading, paragraphs or list per block), or its translation when there is one. */
export function SectionView({ section, translated, headingLevel = 2 }: { section: Section; translated?: TranslatedSection; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { language, showOriginal, furigana } = useContent();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const lang = translated ? htmlLang(language) : 'ja';
  const Text = ({ text }: { text: string }) => (translated || furigana ? <RubyText text={text} /> : <GlossaryText text={text} />);
  return (
    <section className="text-section" lang={lang}>
      <Heading><RubyText text={translated?.heading ?? section.heading} /></Heading>
      {!translated && language !== 'ja' && !showOriginal && <p className="not-translated" lang={htmlLang(language)}>{t('content.notTranslated')}</p>}
      {section.blocks.map((block, i) => {
        const tb = translated?.blocks[i];
        const heading = tb ? tb.heading : block.heading;
        const lines = tb?.text ?? block.text;
        return (
          <div key={i}>
            {heading && <Sub><RubyText text={heading} /></Sub>}
            {block.list ? (
              <ul className="bullets">
                {lines.map((line, j) => (
                  <li key={j}><Text text={line} /></li>
                ))}
              </ul>
            ) : (
              lines.map((line, j) => (
                <p key={j}><Text text={line} /></p>
              ))
            )}
          </div>
        );
      })}
    </section>
  );
}
