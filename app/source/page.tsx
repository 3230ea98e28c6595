import type { Metadata } from 'next';
import { Fragment } from 'react';
import { getDashboard } from '@/lib/dashboard';
import { DATASETS } from '@/lib/datasets';
import { chartForFigure } from '@/lib/charts';
import { figuresBySentence, markValueTexts } from '@/lib/figures';
import { sourceSections } from '@/lib/sentences';
import { MarkedText } from '@/components/citation/marked-text';

export const metadata: Metadata = { title: 'The annotated source' };

const HEADING_TAGS = { 1: 'h2', 2: 'h2', 3: 'h3', 4: 'h4' } as const;

export default function SourcePage(): React.ReactNode {
  const { source, figures, charts, metadata } = getDashboard();
  const bySentence = figuresBySentence(figures);
  const cited = bySentence.size;
  return (
    <>
      <h1>The annotated source</h1>
      <p className="lede">
        The whole of &ldquo;{metadata.section}&rdquo; from <cite>{metadata.title}</cite>, exactly as published in English, typos and
        all; the yen sign appears as a backslash, as in the original file. The {cited} sentences that figures are taken from are
        highlighted; each has its own address (<code>/source#s-…</code>) and, when you visit it, lists its figures.{' '}
        <a href={metadata.contentsUrl} rel="external">
          The original publication
        </a>
        .
      </p>
      <article className="source-text" lang="en">
        {sourceSections(source.blocks).map((blocks) => (
          <section key={blocks[0]?.start} className="source-section">
            {blocks.map((block) => {
              if (block.kind === 'heading') {
                const Tag = HEADING_TAGS[block.level as 1 | 2 | 3 | 4] ?? 'h4';
                return (
                  <Tag key={block.start} className={`source-heading level-${block.level}`}>
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
                    const prefix = si > 0 ? ' ' : '';
                    if (fromHere.length === 0) {
                      return (
                        <Fragment key={s.id}>
                          {prefix}
                          <span id={s.id} className="sentence">
                            {s.text}
                          </span>
                        </Fragment>
                      );
                    }
                    return (
                      <Fragment key={s.id}>
                        {prefix}
                        <span id={s.id} className="sentence cited" tabIndex={-1}>
                          <MarkedText segments={markValueTexts(s.text, fromHere.map((f) => f.value_text))} />
                          <span className="sentence-figures" role="note" aria-label="Figures from this sentence">
                            {fromHere.map((f) => {
                              const target = f.restates || f.id;
                              const chart = chartForFigure(charts, target);
                              const page = DATASETS[f.dataset].page;
                              const href = chart ? `${page}#${chart.id}` : `${page}#fig-${target}`;
                              return (
                                <a key={f.id} href={href} className="sentence-figure" data-figure-id={f.id}>
                                  {f.seriesLabel}, {f.periodShort}: {f.display}
                                </a>
                              );
                            })}
                          </span>
                        </span>
                      </Fragment>
                    );
                  })}
                </p>
              );
            })}
          </section>
        ))}
      </article>
    </>
  );
}
