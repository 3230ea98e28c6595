import { compareSelection, type CompareResult } from '@/lib/compare';
import { CompareControls } from './compare-controls';
import { ComparisonResult } from './comparison-result';

/** A comparison rendered on the server: the pickers navigate, and the server renders the next one. */
export function ServerComparison({ result }: { result: CompareResult }): React.ReactNode {
  const selection = compareSelection(result);
  return (
    <div className="compare-area">
      <CompareControls key={selection.key} options={result.options} {...selection.values} navigation="router" />
      <ComparisonResult result={result} />
    </div>
  );
}
