import { describe, expect, it } from 'vitest';
import { compareFigures, compareSelection, comparisonTitle, computeChange } from './compare';
import { getSiteModel } from '../../build/site';

const { figures } = getSiteModel();
const fig = (id: string): (typeof figures)[number] => {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

describe('compareFigures', () => {
  it('puts two periods side by side with absolute and % change for levels', () => {
    const r = compareFigures(figures, { dataset: 'trade', a: '1989', b: '1990' });
    if (!r.ok) throw new Error(r.problems.join());
    const exports = r.rows.find((x) => x.series === 'exports');
    const a = fig('trade-exports-1989').value;
    const b = fig('trade-exports-1990').value;
    expect(exports?.change?.value).toBeCloseTo(b - a, 4);
    // The report states this % change, so it is cited rather than recomputed.
    expect(exports?.percentFigure?.id).toBe('trade-exports-change-1990');
    expect(exports?.percentChange).toBeNull();
    // 2,563 (±0.5) less 3,080.53 (3,078.0 to 3,083.0): about 6 wide, so shown to units.
    expect(exports?.change?.display).toBe('\u2212$518 million');
    const earlier = fig('trade-exports-1989').interval ?? { low: NaN, high: NaN };
    expect(exports?.change?.interval.low).toBeCloseTo(2562.5 - earlier.high, 9);
    expect(exports?.change?.interval.high).toBeCloseTo(2563.5 - earlier.low, 9);
    expect(exports?.change?.intervalText).toMatch(/^−\$520\.\d million to −\$514\.\d million$/);
  });

  it('cites the first half of 1991’s stated −20.2 % rather than derive it again from the level derived from it', () => {
    const r = compareFigures(figures, { dataset: 'trade', a: '1990-S1', b: '1991-S1' });
    if (!r.ok) throw new Error(r.problems.join());
    const exports = r.rows.find((x) => x.series === 'exports');
    expect(exports?.percentFigure).toMatchObject({ id: 'trade-exports-change-1991-s1', kind: 'reported', display: '−20.2 %' });
    expect(exports?.percentChange).toBeNull();
    // The total's % change is not stated: the dataset derives it, and the comparison shows that figure, marked derived.
    const total = r.rows.find((x) => x.series === 'total_trade');
    expect(total?.percentFigure).toMatchObject({ id: 'trade-total-change-1991-s1', kind: 'derived' });
  });

  it('computes the % change where the dataset has none for the two periods', () => {
    const r = compareFigures(figures, { dataset: 'trade', a: '1989', b: '1991-S1' });
    if (!r.ok) throw new Error(r.problems.join());
    const exports = r.rows.find((x) => x.series === 'exports');
    const a = fig('trade-exports-1989').value;
    const b = fig('trade-exports-1991-s1').value;
    expect(exports?.percentFigure).toBeNull();
    expect(exports?.percentChange?.value).toBeCloseTo((b / a - 1) * 100, 4);
  });

  it('gives no % change across a change of sign, and says why', () => {
    const r = compareFigures(figures, { dataset: 'trade', a: '1989', b: '1990' });
    if (!r.ok) throw new Error(r.problems.join());
    const surplus = r.rows.find((x) => x.series === 'soviet_surplus');
    expect(fig('trade-soviet-surplus-1989').value).toBeLessThan(0);
    expect(fig('trade-soviet-surplus-1990').value).toBeGreaterThan(0);
    expect(surplus?.percentChange).toBeNull();
    expect(surplus?.percentNote).toBe(
      'No % change: the values differ in sign (\u2212$78 million to $790 million), and a percentage change across zero means nothing.',
    );
    expect(surplus?.change?.display).toMatch(/^\+\$8\d\d million$/);
  });

  it('gives no % change from a base that is zero, or could be within its rounding', () => {
    const base = fig('trade-exports-1990');
    const zero = { ...base, value: 0, display: '$0 million', value_text: '$0 million' };
    const fromZero = computeChange(zero, base);
    expect(fromZero.percentChange).toBeNull();
    expect(fromZero.percentNote).toMatch(/first value is zero/);
    const tiny = { ...base, value: 0.4, display: '$0.4 million', value_text: '$0.4 million' };
    const small = { ...base, value: 2, display: '$2 million', value_text: '$2 million' };
    expect(computeChange(small, base).percentChange).not.toBeNull();
    expect(computeChange({ ...tiny, value: 0.04, value_text: '$0 million' }, base).percentNote).toMatch(/could be zero/);
  });

  it('compares rates in percentage points, never as a % of a %', () => {
    const r = compareFigures(figures, { dataset: 'economy', a: '1990', b: '1991-S1' });
    if (!r.ok) throw new Error(r.problems.join());
    const gnp = r.rows.find((x) => x.series === 'gnp_change');
    expect(gnp?.change).toMatchObject({
      value: fig('economy-gnp-change-1991-s1').value - fig('economy-gnp-change-1990').value,
      // "2 percent" and "10 percent" stand for 1.5 to 2.5 and 5 to 15 (a trailing zero may be rounding), so the
      // difference is known only to about ten points.
      display: '\u221210 pp',
    });
    expect(gnp?.percentChange).toBeNull();
  });

  it('keeps a series stated for one period only, with no change', () => {
    const r = compareFigures(figures, { dataset: 'trade', a: '1990', b: '1991-S1' });
    if (!r.ok) throw new Error(r.problems.join());
    const rank = r.rows.find((x) => x.series === 'partner_rank');
    expect(rank?.a?.id).toBe('trade-partner-rank-1990');
    expect(rank?.b).toBeNull();
    expect(rank?.change).toBeNull();
  });

  it.each([
    [{}, /Choose a dataset/],
    [{ dataset: 'gdp' }, /There is no dataset "gdp"/],
    [{ dataset: 'trade', a: '1989' }, /Choose period b: one of 1989, 1990-S1, 1990, 1991-S1/],
    [{ dataset: 'trade', a: '1989', b: '1995' }, /Period b "1995" is not in the trade dataset/],
    [{ dataset: 'trade', a: '1990', b: '1990' }, /Choose two different periods/],
    [{ dataset: 'x'.repeat(100) }, /There is no dataset "x{40}…"/],
  ])('explains bad parameters %j', (params, message) => {
    const r = compareFigures(figures, params);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join(' ')).toMatch(message);
  });

  it('does not compute a change across units', () => {
    expect(computeChange(fig('trade-exports-1990'), fig('trade-exports-change-1990'))).toEqual({
      change: null,
      percentChange: null,
      percentNote: '',
    });
  });
});

describe('compareSelection', () => {
  it('gives a valid comparison its own choices, and a new key for each', () => {
    const one = compareSelection(compareFigures(figures, { dataset: 'trade', a: '1989', b: '1990' }));
    const two = compareSelection(compareFigures(figures, { dataset: 'trade', a: '1989', b: '1991-S1' }));
    expect(one.values).toEqual({ dataset: 'trade', a: '1989', b: '1990' });
    expect(two.values.b).toBe('1991-S1');
    expect(one.key).not.toBe(two.key);
  });

  it('keeps what an invalid comparison named that exists, and clears the rest', () => {
    expect(compareSelection(compareFigures(figures, { dataset: 'trade', a: '1989', b: '2020' })).values).toEqual({
      dataset: 'trade',
      a: '1989',
      b: '',
    });
    expect(compareSelection(compareFigures(figures, { dataset: 'trade', a: 'x', b: '1990' })).values).toEqual({
      dataset: 'trade',
      a: '',
      b: '1990',
    });
    expect(compareSelection(compareFigures(figures, { dataset: 'trade', a: '1990', b: '1990' })).values).toEqual({
      dataset: 'trade',
      a: '1990',
      b: '1990',
    });
    expect(compareSelection(compareFigures(figures, { dataset: 'nope', a: '1990' })).values).toEqual({ dataset: '', a: '', b: '' });
  });
});

describe('comparisonTitle', () => {
  it('names the dataset by its title and the periods as people read them', () => {
    const r = compareFigures(figures, { dataset: 'economy', a: '1990', b: '1991-S1' });
    if (!r.ok) throw new Error(r.problems.join());
    const title = r.options.find((o) => o.name === 'economy')?.title;
    expect(comparisonTitle(r)).toBe(`${title}: 1990 and first half of 1991`);
  });
});

describe('repeated query parameters', () => {
  it('count by their last value, as the rewrites to the prerendered pages match them', () => {
    const r = compareFigures(figures, { dataset: ['economy', 'trade'], a: ['1990', '1989'], b: '1990' });
    expect(r.ok && [r.dataset, r.a, r.b]).toEqual(['trade', '1989', '1990']);
  });
});
