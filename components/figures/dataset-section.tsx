import { ChartFigure } from '@/components/charts/chart-figure';
import { FigureTable } from '@/components/figures/figure-table';
import { getDashboard } from '@/lib/dashboard';
import { DATASETS, type DatasetName } from '@/lib/datasets';
import { datasetFigures } from '@/lib/figures';

/** A dataset's charts, then the table of all its figures. */
export function DatasetSection({ dataset, chartIds }: { dataset: DatasetName; chartIds: readonly string[] }): React.ReactNode {
  const { charts, figures, figureById, metadata } = getDashboard();
  const info = DATASETS[dataset];
  return (
    <>
      {chartIds.map((id) => {
        const spec = charts.find((c) => c.id === id);
        if (!spec) throw new Error(`no chart ${id}`);
        return <ChartFigure key={id} spec={spec} figureById={figureById} metadata={metadata} />;
      })}
      <h3 id={`${dataset}-all`}>All figures: {info.title}</h3>
      <FigureTable
        title={`${info.title}: every figure, with its provenance`}
        figures={datasetFigures(figures, dataset)}
        figureById={figureById}
       
        context={`all-${dataset}`}
      />
    </>
  );
}
