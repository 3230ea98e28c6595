import chartSvgs from '@/.generated/chart-svgs.json';
import type { ChartSpec } from '@/lib/charts';
import { citationKey, makeCitations, type Citations } from '@/lib/citation';
import { absoluteUrl } from '@/lib/site-url';
import type { SourceMetadata } from '@/lib/load-data';
import { DATASETS } from '@/lib/catalog';
import { MarkupHost } from '../shared/markup-host';
import { chartSvgKey, chartTableKey } from '../shared/markup-keys';
import { StaticTable } from '../shared/static-markup';
import { ChartTools } from './chart-tools';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size';
import { CopyButton } from '../citation/copy-button';
import { embedPath, embedSnippet } from '@/lib/embed';
import { LiveChartSwap } from './live-chart-swap';

const STATIC_SVGS: Readonly<Record<string, string>> = chartSvgs;

/** A chart (static SVG first, live on demand), its legend, caption and a table of the same numbers (ChartTable, as static markup). */
export function ChartFigure({ spec, metadata, accessed }: { spec: ChartSpec; metadata: SourceMetadata; accessed: Date }): React.ReactNode {
  const svg = STATIC_SVGS[spec.id];
  if (!svg) throw new Error(`chart ${spec.id} has no build-time SVG: run npm run charts`);
  const hasDerived = spec.data.some((d) => Object.values(d.cells).some((c) => c?.kind === 'derived'));
  return (
    <figure className="chart-figure" id={spec.id} aria-labelledby={`${spec.id}-title`}>
      {/* A figcaption must be the figure's first or last child: the title and caption are both of it. */}
      <figcaption className="chart-heading">
        <h3 id={`${spec.id}-title`} className="chart-title">
          {spec.title}
        </h3>
        <p className="chart-caption">{spec.caption}</p>
      </figcaption>
      <ul className="chart-legend" aria-label="Legend">
        {spec.bars.map((bar, i) => (
          <li key={bar.key}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" className={`bar bar-${i} reported`} />
            </svg>
            {bar.label}
          </li>
        ))}
        {hasDerived ? (
          <li>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="12" height="12" className="legend-derived" />
            </svg>
            Hatched, dashed outline: derived, not stated in the report
          </li>
        ) : null}
      </ul>
      <LiveChartSwap spec={spec}>
        <MarkupHost markupKey={chartSvgKey(spec.id)} html={svg} className="chart-static" />
      </LiveChartSwap>
      <ChartTools
        chartId={spec.id}
        text={{
          title: spec.title,
          unitLabel: spec.unitLabel,
          derivedNote: hasDerived
            ? 'Hatched bars with dashed outlines are derived from the report, not stated in it.'
            : 'All values are stated in the report.',
          sourceLine: `Source: ${metadata.publisher}, Diplomatic Bluebook 1991, "The Soviet Union".`,
        }}
        citations={pickCitations(
          makeCitations(metadata, {
            key: citationKey(spec.id),
            title: spec.title,
            url: absoluteUrl(`${DATASETS[spec.dataset].page}#${spec.id}`),
            accessed,
          }),
        )}
      />
      <details className="embed-control">
        <summary>Embed this chart</summary>
        <p>
          Paste this into a page: the chart, its title, unit and source, with no script; it keeps its shape at any width.{' '}
          <a href={embedPath(spec.id)}>Preview the embed</a>
        </p>
        <pre tabIndex={0} role="region" aria-label={`Embed code for ${spec.title}`}>
          <code>{embedSnippet(spec, absoluteUrl(embedPath(spec.id)), CHART_WIDTH, CHART_HEIGHT)}</code>
        </pre>
        <CopyButton text={embedSnippet(spec, absoluteUrl(embedPath(spec.id)), CHART_WIDTH, CHART_HEIGHT)} label="embed code" />
      </details>
      <StaticTable markupKey={chartTableKey(spec.id)} />
    </figure>
  );
}

/** What the chart's copy buttons offer: the short and full text and BibTeX (the rest is on the figure pages). */
function pickCitations({ short, long, bibtex }: Citations): Pick<Citations, 'short' | 'long' | 'bibtex'> {
  return { short, long, bibtex };
}
