import { ChartFigure } from '@/components/charts/chart-figure';
import { NotebookSnippets } from '@/components/data/notebook-snippets';
import { figureTableKey } from '@/components/shared/markup-keys';
import { JsonLd } from '@/components/shared/json-ld';
import { StaticTable } from '@/components/shared/static-markup';
import { getSiteModel } from '@/build/site';
import { DATASETS, type DatasetName } from '@/lib/data/catalog';
import { datasetJsonLd } from '@/lib/site/page-metadata';
import { absoluteUrl, dataFilePath } from '@/lib/site/routes';

/** Each topic page's title and lede, and its sections: a dataset each, with its heading's id and text. Its charts are the dataset's (lib/charts/charts.ts). */
const TOPICS = {
  economy: {
    title: 'The Soviet economy, 1990 to mid-1991',
    lede: 'The report gives rates of change, not levels: GNP, mining and manufacturing, consumer goods and money income for 1990 and for the first half of 1991, by Soviet statistics. Rates are compared in percentage points, never as a percentage of a percentage.',
    sections: [['economy', 'economy-heading', 'Output, income and prices']],
  },
  trade: {
    title: 'Japan–Soviet trade',
    lede: 'Japan’s exports fell in 1990 as Soviet payments were delayed, while imports grew; the Soviet Union ran its first surplus with Japan in years. The 1989 and first-half-1990 levels are not in the report: they are derived from the stated levels and rates of change, and marked so.',
    sections: [['trade', 'trade-heading', 'Exports, imports and the balance']],
  },
  fisheries: {
    title: 'Fishery quotas and the salmon and trout agreement',
    lede: 'The 200-nautical-mile quotas for 1991 were unchanged from 1990; the high-seas catch of Soviet-origin salmon and trout and the fishery cooperation expenditures were cut.',
    sections: [['fisheries', 'fisheries-heading', 'Quotas, catch and cooperation money']],
  },
  payments: {
    title: 'Delayed payments, joint ventures and assistance',
    lede: 'Soviet arrears to Japanese trading companies, the number of Japan–Soviet joint ventures, and the assistance Japan (and Germany) extended. Amounts in different currencies are never drawn on one axis.',
    sections: [
      ['payments', 'payments', 'Delayed payments and joint ventures'],
      ['assistance', 'assistance', 'Assistance'],
    ],
  },
} as const satisfies Record<string, { title: string; lede: string; sections: ReadonlyArray<readonly [DatasetName, string, string]> }>;

/** A topic page: its datasets' JSON-LD, then per dataset its charts, the table of all its figures and how to load them in a notebook. */
export function TopicPage({ name }: { name: keyof typeof TOPICS }): React.ReactNode {
  const { charts, metadata, figures } = getSiteModel();
  const { title, lede, sections } = TOPICS[name];
  return (
    <>
      {sections.map(([dataset]) => (
        <JsonLd key={dataset} data={datasetJsonLd(metadata, figures, absoluteUrl, dataset)} />
      ))}
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
      {sections.map(([dataset, id, heading]) => (
        <section key={dataset} aria-labelledby={id}>
          <h2 id={id}>{heading}</h2>
          {charts
            .filter((spec) => spec.dataset === dataset)
            .map((spec) => (
              <ChartFigure key={spec.id} spec={spec} />
            ))}
          <h3 id={`${dataset}-all`}>All figures: {DATASETS[dataset].title}</h3>
          <StaticTable markupKey={figureTableKey(dataset)} />
          <NotebookSnippets file={`${dataset}.csv`} url={absoluteUrl(dataFilePath(`${dataset}.csv`))} level={4} />
        </section>
      ))}
    </>
  );
}
