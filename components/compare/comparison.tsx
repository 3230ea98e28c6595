import { compareSelection, type CompareResult } from '@/lib/figures/compare';
import { CompareControls } from './compare-controls';
import { ComparisonResult } from './comparison-result';

/** The pickers and the comparison they show. */
export function Comparison({
  result,
  navigation,
  charts,
}: {
  result: CompareResult;
  navigation: 'router' | 'history';
  /** The comparison's charts: the server's (static SVG first) or, in the static export, the browser's. */
  charts?: React.ReactNode;
}): React.ReactNode {
  const selection = compareSelection(result);
  return (
    <>
      <CompareControls key={selection.key} options={result.options} {...selection.values} navigation={navigation} />
      <ComparisonResult result={result} charts={charts} />
    </>
  );
}
