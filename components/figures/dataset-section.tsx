import { ChartFigure } from '@/components/charts/chart-figure';
import { figureTableKey } from '@/components/shared/markup-keys';
import { StaticTable } from '@/components/shared/static-markup';
import { getSiteModel } from '@/build/site';
import { DATASETS, type DatasetName } from '@/lib/data/catalog';
import { NotebookSnippets } from '@/components/data/notebook-snippets';
import { absoluteUrl, dataFilePath } from '@/lib/site/routes';

/** A dataset's charts, then the table of all its figures and how to load them in a notebook. */
export function DatasetSection({ dataset, chartIds }: { dataset: DatasetName; chartIds: readonly string[] }): React.ReactNode {
  const { charts, metadata, builtAt } = getSiteModel();
  const info = DATASETS[dataset];
  return (
    <>
      {chartIds.map((id) => {
        const spec = charts.find((c) => c.id === id);
        if (!spec) throw new Error(`no chart ${id}`);
        return <ChartFigure key={id} spec={spec} metadata={metadata} accessed={builtAt} />;
      })}
      <h3 id={`${dataset}-all`}>All figures: {info.title}</h3>
      <StaticTable markupKey={figureTableKey(dataset)} />
      <NotebookSnippets file={`${dataset}.csv`} url={absoluteUrl(dataFilePath(`${dataset}.csv`))} level={4} />
    </>
  );
}
