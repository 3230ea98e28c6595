import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { SOURCE_REPORT_KEY } from '@/components/shared/markup-keys';
import { markupFor } from '@/components/shared/static-markup';
import { MarkupHost } from '@/components/shared/markup-host';
import { getSiteModel } from '@/build/site';
import { figuresBySentence } from '@/lib/figures/figure';
import { sourceContents, type ContentsEntry } from '@/lib/site/source-contents';

export const metadata = pageMetadata(sitePage('source'));

export default function SourcePage(): React.ReactNode {
  const { figures, metadata, source } = getSiteModel();
  const bySentence = figuresBySentence(figures);
  const cited = bySentence.size;
  return (
    <>
      <h1>The annotated source</h1>
      <p className="lede">
        The whole of &ldquo;{metadata.section}&rdquo; from <cite>{metadata.title}</cite>, exactly as published in English, typos and all;
        the yen sign appears as a backslash, as in the original file. The {cited} sentences that figures are taken from are highlighted;
        each has its own address (<code>/source#s-…</code>) and, when you visit it, lists its figures.{' '}
        <a href={metadata.contentsUrl} rel="external">
          The original publication
        </a>
        .
      </p>
      <nav className="source-contents" aria-labelledby="source-contents-title">
        <h2 id="source-contents-title">Contents</h2>
        <ContentsList entries={sourceContents(source.blocks)} />
      </nav>
      <MarkupHost as="article" className="source-text" lang="en" markupKey={SOURCE_REPORT_KEY} html={markupFor(SOURCE_REPORT_KEY)} />
    </>
  );
}

function ContentsList({ entries }: { entries: readonly ContentsEntry[] }): React.ReactNode {
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.id}>
          <a href={`#${e.id}`}>{e.text}</a>
          {e.children.length > 0 ? <ContentsList entries={e.children} /> : null}
        </li>
      ))}
    </ol>
  );
}
