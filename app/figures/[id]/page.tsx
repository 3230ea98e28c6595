import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { notFound } from 'next/navigation';
import { CopyButton } from '@/components/citation/copy-button';
import { MarkedText } from '@/components/citation/marked-text';
import { DerivationTree } from '@/components/figures/derivation-tree';
import { Fact } from '@/components/shared/fact';
import { DATASETS } from '@/lib/data/catalog';
import { figureWork, makeCitations } from '@/lib/site/citation';
import { FIGURES_FILE, FIGURES_JSON_FILE, figureCsv, figureDownloadName, figureRecord } from '@/lib/site/downloads';
import { markValueTexts, type Figure } from '@/lib/figures/figure';
import { formatFormula } from '@/lib/data/formula';
import { capitalise } from '@/lib/figures/format';
import { placeName, PRECISION_RULE } from '@/lib/figures/precision';
import { derivationTree, restatements } from '@/lib/figures/provenance';
import { figureUses } from '@/lib/site/figure-uses';
import { getSiteModel } from '@/build/site';
import {
  absoluteUrl,
  dataFilePath,
  figureFilePath,
  figurePath,
  figureRowPath,
  PATHS,
  sentencePath,
  topicSectionPath,
} from '@/lib/site/routes';
import { figurePageDescription, figurePageTitle } from '@/lib/site/pages';

// One prerendered page per figure; any other id, however written, is a 404.
export const dynamicParams = false;

type Params = { id: string };

export function generateStaticParams(): Params[] {
  return getSiteModel().figures.map((f) => ({ id: f.id }));
}

function figureOf(id: string): Figure {
  const figure = getSiteModel().figureById.get(id);
  if (!figure) notFound();
  return figure;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const figure = figureOf((await params).id);
  const { builtAt } = getSiteModel();
  return pageMetadata({
    title: figurePageTitle(figure),
    description: figurePageDescription(figure),
    path: figurePath(figure.id),
    reference: 'dataset',
    referenceTitle: figureWork(figure, absoluteUrl(figurePath(figure.id)), builtAt).title,
  });
}

export default async function FigurePage({ params }: { params: Promise<Params> }): Promise<React.ReactNode> {
  const { id } = await params;
  const model = getSiteModel();
  const figure = figureOf(id);
  const { figureById, source, metadata, builtAt } = model;
  const url = absoluteUrl(figurePath(figure.id));
  const citations = makeCitations(metadata, figureWork(figure, url, builtAt));
  const uses = figureUses(figure, model);
  const { restates, restatedBy } = restatements(figure, model.figures);
  const sentence = source.sentenceById.get(figure.sentenceId);
  const paragraph = sentence ? source.blocks[sentence.blockIndex] : undefined;
  const json = `${JSON.stringify(figureRecord(figure, source, url), null, 2)}\n`;
  const formats = [
    { label: 'short citation', title: 'Short', text: citations.short, file: undefined },
    { label: 'full citation', title: 'Full (APA)', text: citations.long, file: undefined },
    { label: 'BibTeX', title: 'BibTeX', text: citations.bibtex, file: 'citation.bib' },
    { label: 'RIS', title: 'RIS', text: citations.ris, file: 'citation.ris' },
    { label: 'CSL-JSON', title: 'CSL-JSON', text: citations.csl, file: 'citation.json' },
  ] as const;
  return (
    <article className="figure-page" data-figure-id={figure.id} data-kind={figure.kind}>
      <p className="breadcrumb">
        <a href={PATHS.figures}>Every figure</a> › <a href={topicSectionPath(figure.dataset)}>{DATASETS[figure.dataset].title}</a>
      </p>
      <h1>
        {figure.seriesLabel}, {figure.periodLabel}
      </h1>
      <p className={`figure-page-value ${figure.kind}`}>
        <strong>{figure.display}</strong>
        {figure.kind === 'derived' ? <span className="derived-badge">derived</span> : null}
      </p>
      <dl className="figure-facts">
        {figure.kind === 'reported' ? (
          <Fact term="As the report writes it">
            <q className="value-text">{figure.value_text}</q>
          </Fact>
        ) : (
          <Fact term="Kind">Derived: not stated in the report, computed from figures it states.</Fact>
        )}
        <Fact term="Cleaned value">
          <code>{figure.value}</code> {figure.unitLabel}
          {figure.kind === 'derived' ? ' (as computed, before rounding for display)' : ''}
        </Fact>
        <Fact term="Unit">{figure.unitLabel}</Fact>
        <Fact term="Period">{capitalise(figure.periodLabel)}</Fact>
        {figure.base_period ? <Fact term="Change measured">{capitalise(figure.baseLabel)}</Fact> : null}
        <Fact term="Dataset and series">
          <a href={figureRowPath(figure.dataset, figure.id)}>{DATASETS[figure.dataset].title}</a>: {figure.seriesLabel}
        </Fact>
        {/* The codes a reader filters the CSV by, named as its columns, apart from the words above. */}
        <dt>In the CSV files</dt>
        <dd className="csv-codes">
          {csvCodes(figure).map(([column, value], i) => (
            <span key={column}>
              {i > 0 ? ', ' : ''}
              {column} <code>{value}</code>
            </span>
          ))}
        </dd>
        {figure.note ? <Fact term="Note">{figure.note}</Fact> : null}
      </dl>

      {figure.kind === 'reported' && sentence && paragraph ? (
        <section aria-labelledby="stated">
          <h2 id="stated">Where the report states it</h2>
          <p className="source-trail">Diplomatic Bluebook 1991{figure.sourceTrail.length ? `, ${figure.sourceTrail.join(' › ')}` : ''}:</p>
          <blockquote className="figure-paragraph" cite={sentencePath(sentence.id)}>
            <p>
              {paragraph.sentences.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? ' ' : ''}
                  {s.id === sentence.id ? (
                    <span className="cited-sentence">
                      <MarkedText segments={markValueTexts(s.text, [figure.value_text])} />
                    </span>
                  ) : (
                    s.text
                  )}
                </span>
              ))}
            </p>
          </blockquote>
          <p>
            <a href={sentencePath(sentence.id)}>Read the sentence in the report</a> ·{' '}
            <a href={metadata.contentsUrl} rel="external">
              The original publication
            </a>
          </p>
        </section>
      ) : null}

      {figure.formula ? (
        <section aria-labelledby="derivation">
          <h2 id="derivation">How it is derived</h2>
          <p className="formula">
            {formatFormula(figure.formula, (input) => {
              const f = figureById.get(input);
              return f ? `${f.seriesLabel} ${f.periodShort} (${f.display})` : input;
            })}{' '}
            = <strong>{figure.display}</strong>
          </p>
          <p>Followed down to the figures the report states:</p>
          <DerivationTree node={derivationTree(figure, figureById)} />
          <h3>How precise it is</h3>
          <p>
            Each stated input stands for the interval its rounding allows, and the formula carries those intervals through: the inputs allow{' '}
            <strong className="interval">{figure.intervalText}</strong>.{' '}
            {figure.decimals === null
              ? 'The interval has no width, so the value is shown as computed.'
              : `So it is shown to ${placeName(figure.decimals)}: ${figure.display}, while the downloads keep the full computed value, ${figure.value}, and the interval.`}
          </p>
          <p className="muted">{PRECISION_RULE}</p>
        </section>
      ) : null}

      {restates || restatedBy.length > 0 ? (
        <section aria-labelledby="restated">
          <h2 id="restated">Stated twice</h2>
          <ul>
            {restates ? (
              <li>
                This states again{' '}
                <a href={figurePath(restates.id)}>
                  {restates.seriesLabel}, {restates.periodLabel}
                </a>{' '}
                ({restates.display}).
              </li>
            ) : null}
            {restatedBy.map((f) => (
              <li key={f.id}>
                Stated again as <a href={figurePath(f.id)}>{f.seriesLabel}</a> ({f.display}), in another part of the report.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="used">
        <h2 id="used">Where it is used</h2>
        <UseList title="Consistency checks" links={uses.checks} empty="No consistency check reads it." />
        <UseList title="Charts" links={uses.charts} empty="No chart shows it; it is in its dataset's table." />
        <UseList title="Derived from it" links={uses.derived} empty="No figure is derived from it." />
        <UseList title="Comparisons" links={uses.comparisons} empty="No comparison shows it." />
      </section>

      <section aria-labelledby="cite">
        <h2 id="cite">Cite it</h2>
        <p>
          Its permalink: <a href={figurePath(figure.id)}>{url}</a>. The access date is the day this page was built,{' '}
          {builtAt.toISOString().slice(0, 10)}; change it to the day you read it.
        </p>
        <dl className="citation-formats">
          {formats.map((format, i) => (
            <div key={format.label} className="citation-format">
              <dt>{format.title}</dt>
              <dd>
                <pre id={`citation-${i + 1}`} tabIndex={0} role="region" aria-label={format.title}>
                  <code>{format.text}</code>
                </pre>
                <CopyButton from={`citation-${i + 1}`} label={format.label} />
                {format.file ? (
                  <a className="download" href={figureFilePath(figure.id, format.file)} download>
                    Download {figureDownloadName(figure.id, format.file)}
                  </a>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="data">
        <h2 id="data">As data</h2>
        <h3>A row of figures.csv</h3>
        <pre tabIndex={0} role="region" aria-label="CSV row">
          <code>{figureCsv(figure)}</code>
        </pre>
        <p>
          <a className="download" href={figureFilePath(figure.id, 'figure.csv')} download>
            Download {figureDownloadName(figure.id, 'figure.csv')}
          </a>
        </p>
        <h3>JSON</h3>
        <pre tabIndex={0} role="region" aria-label="JSON">
          <code>{json}</code>
        </pre>
        <p>
          <a className="download" href={figureFilePath(figure.id, 'figure.json')} download>
            Download {figureDownloadName(figure.id, 'figure.json')}
          </a>{' '}
          · every figure: <a href={dataFilePath(FIGURES_FILE)}>figures.csv</a>, <a href={dataFilePath(FIGURES_JSON_FILE)}>figures.json</a>
        </p>
      </section>
    </article>
  );
}

function UseList({
  title,
  links,
  empty,
}: {
  title: string;
  links: readonly { href: string; label: string }[];
  empty: string;
}): React.ReactNode {
  return (
    <>
      <h3>{title}</h3>
      {links.length > 0 ? (
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </>
  );
}

/** The figure's codes in the CSV, by column name, as a reader filtering the file needs them. */
function csvCodes(f: Figure): Array<[string, string]> {
  return Object.entries({ id: f.id, series: f.series, period: f.period, unit: f.unit, scale: f.scale, base_period: f.base_period }).filter(
    ([, v]) => v,
  );
}
