import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  compareFigures,
  compareHref,
  comparePageTitle,
  compareRoutes,
  compareSelection,
  comparisonCsv,
  comparisonTitle,
  computeChange,
  periodFromSlug,
  periodSlug,
} from './compare';
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

  it('keeps the state in a shareable URL', () => {
    expect(compareHref('trade', '1990-S1', '1991-S1')).toBe('/compare?dataset=trade&a=1990-S1&b=1991-S1');
  });

  it('does not compute a change across units', () => {
    expect(computeChange(fig('trade-exports-1990'), fig('trade-exports-change-1990'))).toEqual({
      change: null,
      percentChange: null,
      percentNote: '',
    });
  });

  it('writes the comparison as CSV that parses back to its numbers', () => {
    const r = compareFigures(figures, { dataset: 'fisheries', a: '1990', b: '1991' });
    if (!r.ok) throw new Error(r.problems.join());
    const rows = Papa.parse<Record<string, string>>(comparisonCsv('fisheries', '1990', '1991', r.rows), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const salmon = rows.find((x) => x.series === 'salmon_trout_catch');
    expect(salmon).toMatchObject({
      value_a: '11000',
      value_b: '9000',
      change: '-2000',
      // The dataset's own derived figure, at the precision its page shows, named in the derivation.
      percent_change: '-18.18',
      id_b: 'fisheries-salmon-trout-1991',
      percent_change_note: '',
      derivation:
        'change = {fisheries-salmon-trout-1991} - {fisheries-salmon-trout-1990}; percent_change = {fisheries-salmon-trout-change-1991}',
    });
    // 9,000 and 11,000 tons stand for 8,500 to 9,500 and 10,500 to 11,500.
    expect(Number(salmon?.percent_change_low)).toBeCloseTo((8500 / 11500 - 1) * 100, 6);
    expect(Number(salmon?.percent_change_high)).toBeCloseTo((9500 / 10500 - 1) * 100, 6);
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
    expect(comparePageTitle(r)).toBe(`${title}: 1990 and first half of 1991 — Compare periods`);
    expect(comparePageTitle(compareFigures(figures, { dataset: 'nope' }))).toBe('Compare periods');
  });
});

describe('compareRoutes', () => {
  const routes = compareRoutes(figures);

  it('has one prerendered page for every ordered pair of periods of every dataset, the same period twice included', () => {
    const expected = compareFigures(figures, {}).options.reduce((n, o) => n + o.periods.length ** 2, 0);
    expect(routes).toHaveLength(expected);
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    expect(routes).toContainEqual({
      dataset: 'trade',
      a: '1989',
      b: '1990',
      segments: { dataset: 'trade', a: '1989', b: '1990' },
      path: '/compare/trade/1989/1990',
    });
  });

  it('turns a period with a slash into one path segment and back', () => {
    for (const r of routes) {
      expect(r.path.split('/')).toHaveLength(5);
      expect(periodFromSlug(r.segments.a)).toBe(r.a);
      expect(periodFromSlug(r.segments.b)).toBe(r.b);
    }
    expect(periodSlug('1990-08/1991-07')).toBe('1990-08_1991-07');
    expect(routes.some((r) => r.a.includes('/'))).toBe(true);
  });

  it('gives every route the comparison its query names', () => {
    for (const r of routes) {
      const result = compareFigures(figures, { dataset: r.dataset, a: r.a, b: r.b });
      expect(result.ok, r.path).toBe(r.a !== r.b);
    }
  });
});

describe('repeated query parameters', () => {
  it('count by their last value, as the rewrites to the prerendered pages match them', () => {
    const r = compareFigures(figures, { dataset: ['economy', 'trade'], a: ['1990', '1989'], b: '1990' });
    expect(r.ok && [r.dataset, r.a, r.b]).toEqual(['trade', '1989', '1990']);
  });
});
