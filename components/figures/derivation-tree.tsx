import type { DerivationNode } from '@/lib/figures/provenance';
import { figurePath } from '@/lib/site/routes';

/** A derived figure's inputs as nested lists, each linked to its page, down to the figures the report states. */
export function DerivationTree({ node }: { node: DerivationNode }): React.ReactNode {
  return (
    <ul className="derivation-tree">
      {node.inputs.map((input) => (
        <li key={input.figure.id} data-figure-id={input.figure.id} data-kind={input.figure.kind}>
          <a href={figurePath(input.figure.id)}>
            {input.figure.seriesLabel}, {input.figure.periodLabel}
          </a>
          : {input.figure.display}{' '}
          {input.figure.kind === 'reported' ? (
            <span className="muted">
              stated as <q>{input.figure.value_text}</q>
            </span>
          ) : (
            <span className="derived-badge">derived</span>
          )}
          {input.inputs.length > 0 ? <DerivationTree node={input} /> : null}
        </li>
      ))}
    </ul>
  );
}
