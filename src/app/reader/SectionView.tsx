import type { Section } from '../../model/plan-data.ts';
import { GlossaryText } from './GlossaryText.tsx';

/** An official text section: heading, then paragraphs or a list per block. */
export function SectionView({ section, headingLevel = 2 }: { section: Section; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="text-section" lang="ja">
      <Heading>{section.heading}</Heading>
      {section.blocks.map((block, i) => (
        <div key={i}>
          {block.heading && <Sub>{block.heading}</Sub>}
          {block.list ? (
            <ul className="bullets">
              {block.text.map((t, j) => (
                <li key={j}><GlossaryText text={t} /></li>
              ))}
            </ul>
          ) : (
            block.text.map((t, j) => (
              <p key={j}><GlossaryText text={t} /></p>
            ))
          )}
        </div>
      ))}
    </section>
  );
}
