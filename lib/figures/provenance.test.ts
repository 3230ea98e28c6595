import { describe, expect, it } from 'vitest';
import { codePointOffset, derivationTree, restatements, sentencePlace } from './provenance';
import { getSiteModel } from '../../build/site';
import { MAX_DERIVATION_DEPTH } from '../data/validate';
import type { Figure } from './figure';

const model = getSiteModel();
const figure = (id: string): NonNullable<ReturnType<typeof model.figureById.get>> => {
  const f = model.figureById.get(id);
  if (!f) throw new Error(id);
  return f;
};

describe('derivationTree', () => {
  it('follows a derived figure down to the reported figures it rests on', () => {
    const tree = derivationTree(figure('trade-soviet-surplus-1989'), model.figureById);
    expect(tree.inputs.map((n) => n.figure.id)).toEqual(['trade-imports-1989', 'trade-exports-1989']);
    const leaves = tree.inputs.flatMap((n) => n.inputs.map((leaf) => [leaf.figure.id, leaf.figure.kind, leaf.inputs.length]));
    expect(leaves).toEqual([
      ['trade-imports-1990', 'reported', 0],
      ['trade-imports-change-1990', 'reported', 0],
      ['trade-exports-1990', 'reported', 0],
      ['trade-exports-change-1990', 'reported', 0],
    ]);
    expect(derivationTree(figure('trade-exports-1990'), model.figureById).inputs).toEqual([]);
  });

  it('follows a chain as long as the validator allows, and refuses a longer one', () => {
    const chain = (derived: number): [Figure, Map<string, Figure>] => {
      const byId = new Map<string, Figure>([['f0', { ...figure('trade-exports-1990'), id: 'f0' }]]);
      for (let i = 1; i <= derived; i++) byId.set(`f${i}`, { ...figure('trade-exports-1989'), id: `f${i}`, inputs: [`f${i - 1}`] });
      return [byId.get(`f${derived}`) as Figure, byId];
    };
    expect(() => derivationTree(...chain(MAX_DERIVATION_DEPTH))).not.toThrow();
    expect(() => derivationTree(...chain(MAX_DERIVATION_DEPTH + 1))).toThrow(/deeper than/);
  });
});

describe('restatements', () => {
  it('links a restatement and the figure it restates, both ways', () => {
    const restating = model.figures.find((f) => f.restates !== '');
    if (!restating) throw new Error('no restatement in the data');
    expect(restatements(restating, model.figures).restates?.id).toBe(restating.restates);
    expect(restatements(figure(restating.restates), model.figures).restatedBy.map((f) => f.id)).toContain(restating.id);
  });
});

describe('codePointOffset', () => {
  it('counts a character outside the Basic Multilingual Plane once', () => {
    const text = 'a\u{1F600}b\u00e9c';
    expect(codePointOffset(text, 1)).toBe(1);
    expect(codePointOffset(text, 3)).toBe(2);
    expect(codePointOffset(text, text.length)).toBe(5);
  });
});

describe('sentencePlace', () => {
  it("gives every reported figure's sentence as code points of the report text, with its context", () => {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points, as the annotations count them
    const points = [...model.source.text];
    for (const f of model.figures.filter((x) => x.kind === 'reported')) {
      const place = sentencePlace(model.source, f.sentenceId);
      if (!place) throw new Error(f.id);
      expect(points.slice(place.start, place.end).join(''), f.id).toBe(place.exact);
      expect(place.exact, f.id).toBe(f.sentenceText);
      expect(points.slice(place.start - place.prefix.length, place.start).join('')).toBe(place.prefix);
      expect(points.slice(place.end, place.end + place.suffix.length).join('')).toBe(place.suffix);
    }
    expect(sentencePlace(model.source, 's-nothing')).toBeUndefined();
  });
});
