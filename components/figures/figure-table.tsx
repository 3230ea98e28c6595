import type { Figure } from '@/lib/figures/figure';
import { placeName } from '@/lib/figures/precision';
import { CitedValue } from '../citation/cited-value';
import { figurePath, sentencePath } from '@/lib/site/routes';

/** Every figure of a dataset with its provenance; rendered to markup before the build (build/static-markup.ts). */
export function FigureTable({
  title,
  figures,
  figureById,
  context,
}: {
  title: string;
  figures: readonly Figure[];
  figureById: ReadonlyMap<string, Figure>;
  context: string;
}): React.ReactNode {
  return (
    <table className="data-table figure-table reflow">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Period</th>
          <th scope="col" className="num">
            Value
          </th>
          <th scope="col">Unit</th>
          <th scope="col">Provenance</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id} id={`fig-${f.id}`} className={f.kind} data-figure-id={f.id}>
            <th scope="row">{f.seriesLabel}</th>
            <td data-label="Period">{f.periodLabel}</td>
            <td className="num" data-label="Value">
              <CitedValue figure={f} context={context} />
            </td>
            <td data-label="Unit">
              {f.unitLabel}
              {f.baseLabel ? ` ${f.baseLabel}` : ''}
            </td>
            <td className="provenance" data-label="Provenance">
              {f.kind === 'reported' ? (
                <>
                  Stated as <q className="value-text">{f.value_text}</q>. <a href={sentencePath(f.sentenceId)}>Read the sentence</a>
                </>
              ) : (
                <>
                  <strong>Derived</strong>: {f.formulaText}. Inputs:{' '}
                  {f.inputs.map((id, i) => {
                    const input = figureById.get(id);
                    return input ? (
                      <span key={id}>
                        {i > 0 ? ', ' : ''}
                        <a href={figurePath(input.id)}>
                          {input.seriesLabel} {input.periodShort} ({input.display})
                        </a>
                      </span>
                    ) : null;
                  })}
                  . Range <span className="interval">{f.intervalText}</span>
                  {f.decimals === null ? '' : `, so ${placeName(f.decimals)}`}.
                </>
              )}
              {f.note ? <span className="note"> {f.note}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
