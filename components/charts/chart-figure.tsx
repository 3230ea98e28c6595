import chartSvgs from '@/.generated/chart-svgs.json';
import { barLegendLabel, hasDerivedBar, type ChartSpec } from '@/lib/charts/charts';
import { chartWork, makeCitations } from '@/lib/site/citation';
import { getSiteModel } from '@/build/site';
import { MarkupHost } from '../shared/markup-host';
import { chartSvgKey, chartTableKey } from '../shared/markup-keys';
import { StaticTable } from '../shared/static-markup';
import { ChartTools } from './chart-tools';
import { barColour } from '@/lib/charts/chart-palette';
import { CopyButton } from '../citation/copy-button';
import { embedChart, embedSnippet } from '@/lib/site/embed';
import { LiveChartSwap } from './live-chart-swap';
import { ChartHeading } from './chart-heading';
import { embedPath } from '@/lib/site/routes';

const STATIC_SVGS: Readonly<Record<string, string>> = chartSvgs;

/** A chart (static SVG first, live on demand), its legend, caption and table (static markup), or in a comparison a link to its table. */
export function ChartFigure({ spec, table }: { spec: ChartSpec; table?: { href: string; name: string } }): React.ReactNode {
  const { metadata, builtAt } = getSiteModel();
  const { short, long, bibtex } = makeCitations(metadata, chartWork(spec, builtAt));
  const svg = STATIC_SVGS[spec.id];
  if (!svg) throw new Error(`chart ${spec.id} has no build-time SVG: run npm run charts`);
  const hasDerived = hasDerivedBar(spec);
  return (
    <figure className="chart-figure" id={spec.id} aria-labelledby={`${spec.id}-title`}>
      <ChartHeading spec={spec} />
      <LiveChartSwap spec={spec}>
        <MarkupHost markupKey={chartSvgKey(spec.id)} html={svg} className="chart-static" />
      </LiveChartSwap>
      <ChartTools
        chartId={spec.id}
        width={spec.layout.width}
        height={spec.layout.height}
        text={{
          title: spec.title,
          unitLabel: spec.unitLabel,
          legend: spec.bars.map((b, i) => ({ label: barLegendLabel(b), colour: barColour(i) })),
          derivedNote: hasDerived
            ? 'Hatched bars with dashed outlines, and values in italics, are derived from the report, not stated in it.'
            : 'All values are stated in the report.',
          sourceLine: `Source: ${metadata.publisher}, Diplomatic Bluebook 1991, "The Soviet Union".`,
        }}
        citations={{ short, long, bibtex }}
      />
      <details className="embed-control">
        <summary>Embed this chart</summary>
        <p>
          Paste this into a page: the chart, its title, unit and source, with no script; it keeps its shape at any width.{' '}
          <a href={embedPath(spec.id)}>Preview the embed</a>
        </p>
        <pre id={`${spec.id}-embed-code`} tabIndex={0} role="region" aria-label={`Embed code for ${spec.title}`}>
          <code>{embedSnippet(embedChart(spec))}</code>
        </pre>
        <CopyButton from={`${spec.id}-embed-code`} label="embed code" />
      </details>
      {table ? (
        <p className="chart-table-note">
          Every number in this chart, with its source, is in <a href={table.href}>{table.name}</a>.
        </p>
      ) : (
        <StaticTable markupKey={chartTableKey(spec.id)} />
      )}
    </figure>
  );
}
