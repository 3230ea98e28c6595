import { Fragment } from 'react';
import { markValueTexts, type Figure } from '@/lib/figures/figure';
import { sourceSections, type SourceDocument } from '@/lib/data/sentences';
import { headingId } from '@/lib/site/source-contents';
import { MarkedText } from '../citation/marked-text';
import { figurePath } from '@/lib/site/routes';

const HEADING_TAGS = { 1: 'h2', 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/** The report's text, a span per sentence, cited ones marked and linked to their figures; rendered to markup before the build. */
export function ReportText({
  source,
  bySentence,
}: {
  source: SourceDocument;
  bySentence: ReadonlyMap<string, readonly Figure[]>;
}): React.ReactNode {
  return sourceSections(source.blocks).map((blocks) => (
    <section key={blocks[0]?.start} className="source-section">
      {blocks.map((block) => {
        if (block.kind === 'heading') {
          const Tag = HEADING_TAGS[block.level as 1 | 2 | 3 | 4];
          return (
            <Tag
              key={block.start}
              id={block.level >= 2 ? headingId(block.text) : undefined}
              className={`source-heading level-${block.level}`}
            >
              {block.text}
            </Tag>
          );
        }
        if (block.kind === 'navigation') {
          return (
            <p key={block.start} className="source-navigation muted">
              {block.text}
            </p>
          );
        }
        return (
          <p key={block.start} className={block.kind === 'note' ? 'source-note' : undefined}>
            {block.sentences.map((s, si) => {
              const fromHere = bySentence.get(s.id) ?? [];
              return (
                <Fragment key={s.id}>
                  {si > 0 ? ' ' : ''}
                  {fromHere.length === 0 ? (
                    <span id={s.id} className="sentence">
                      {s.text}
                    </span>
                  ) : (
                    <span id={s.id} className="sentence cited" tabIndex={-1}>
                      <MarkedText
                        segments={markValueTexts(
                          s.text,
                          fromHere.map((f) => f.value_text),
                        )}
                      />
                      <span className="sentence-figures" role="note" aria-label="Figures from this sentence">
                        {fromHere.map((f) => (
                          // Each number leads to its own page, which links the charts and tables that show it.
                          <a key={f.id} href={figurePath(f.id)} className="sentence-figure" data-figure-id={f.id}>
                            {f.seriesLabel}, {f.periodShort}: {f.display}
                          </a>
                        ))}
                      </span>
                    </span>
                  )}
                </Fragment>
              );
            })}
          </p>
        );
      })}
    </section>
  ));
}
