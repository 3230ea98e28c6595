import { compareSelection, type CompareResult } from '@/lib/compare';
import { CompareControls } from './compare-controls';
import { ComparisonResult } from './comparison-result';

/**
 * The pickers and the comparison they show. "router" (next start): the server renders the next one;
 * "history" (static export): the browser does, from the URL.
 */
export function Comparison({ result, navigation }: { result: CompareResult; navigation: 'router' | 'history' }): React.ReactNode {
  const selection = compareSelection(result);
  return (
    <>
      <CompareControls key={selection.key} options={result.options} {...selection.values} navigation={navigation} />
      <ComparisonResult result={result} />
    </>
  );
}
