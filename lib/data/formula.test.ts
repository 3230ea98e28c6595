import { describe, expect, it } from 'vitest';
import {
  evaluateFormula,
  formatFormula,
  FormulaError,
  INTERVALS,
  MAX_FORMULA_LENGTH,
  MAX_FORMULA_NESTING,
  evaluate,
  NUMBERS,
  parseFormula,
  roundTo,
  type Interval,
} from './formula';
import { ID_PATTERN } from './schema';

const values: Record<string, number> = { a: 2563, b: -16.8, c: 10 };
const valueOf = (id: string): number | undefined => values[id];

describe('formulas', () => {
  it('evaluates with precedence, parentheses and unary minus', () => {
    expect(evaluateFormula(parseFormula('{a} / (1 + {b} / 100)'), NUMBERS, valueOf)).toBeCloseTo(3080.5288, 4);
    expect(evaluateFormula(parseFormula('2 + 3 * 4 - -{c}'), NUMBERS, valueOf)).toBe(24);
  });

  it('lists its inputs once each, in order', () => {
    expect(parseFormula('({a} - {b}) / {a} * {c}').inputs).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['', /empty/],
    ['{a} +', /ends too early/],
    ['({a} + 1', /missing "\)"/],
    ['{a} 2', /after the end/],
    ['{A B}', /not a row id/],
    ['{a', /unclosed/],
    ['alert(1)', /unexpected "a"/],
  ])('rejects %j', (source, message) => {
    expect(() => parseFormula(source)).toThrow(message);
  });

  it('reports a bad token before a grammar error earlier in the formula', () => {
    expect(() => parseFormula('{a} + * 2 $')).toThrow('unexpected "$" at character 11');
    expect(() => parseFormula('{a} + * 2')).toThrow('unexpected "*"');
  });

  it('accepts exactly the row ids the schema accepts inside braces', () => {
    for (const id of ['a', 'trade-exports-1990', 'x1-2-y3', '1990']) {
      expect(ID_PATTERN.test(id)).toBe(true);
      expect(parseFormula(`{${id}}`).inputs).toEqual([id]);
    }
    for (const id of ['-a', 'a-', 'a--b', 'A', 'a_b', 'a.b', 'é']) {
      expect(ID_PATTERN.test(id)).toBe(false);
      expect(() => parseFormula(`{${id}}`)).toThrow(`"{${id}}" is not a row id`);
    }
  });

  it('reads integers of any length exactly as Number does, leading zeros included', () => {
    for (const n of ['0', '007', '2563', '999999999999999', '1234567890123456', '12345678901234567890']) {
      expect(evaluateFormula(parseFormula(n), NUMBERS, valueOf)).toBe(Number(n));
    }
  });

  it('reads decimals and rejects numbers without digits before the point', () => {
    expect(evaluateFormula(parseFormula('1.25 * 4 + 10'), NUMBERS, valueOf)).toBe(15);
    expect(() => parseFormula('.5 + 1')).toThrow('bad number at character 1');
    expect(() => parseFormula('1. + 1')).toThrow('bad number at character 2');
  });

  it('throws FormulaError for an unknown input', () => {
    expect(() => evaluateFormula(parseFormula('{zz} + 1'), NUMBERS, valueOf)).toThrow('input "zz" does not exist');
  });

  it('gives NaN for a division by zero', () => {
    expect(evaluateFormula(parseFormula('{a} / ({c} - 10)'), NUMBERS, valueOf)).toBeNaN();
  });

  it('names missing inputs once each and flags a zero divisor instead of throwing, when asked to', () => {
    const missing = evaluate(parseFormula('{zz} + {a} * {zz} - {yy}'), NUMBERS, valueOf);
    expect([missing.value, missing.missing]).toEqual([Number.NaN, ['zz', 'yy']]);
    expect(parseFormula('{zz} + {a} * {zz} - {yy}').inputs).toEqual(['zz', 'a', 'yy']);
    const zero = evaluate(parseFormula('{a} / ({c} - 10)'), NUMBERS, valueOf);
    expect([zero.value, zero.divisionByZero]).toEqual([Number.NaN, true]);
    expect(() => parseFormula('{a} + * 2 $')).toThrow('unexpected "$" at character 11');
  });

  it('parses operators by precedence and associativity, as arithmetic does', () => {
    for (const [source, expected] of [
      ['10 - 4 - 3', 3],
      ['48 / 4 / 2', 6],
      ['2 + 3 * 4', 14],
      ['(2 + 3) * 4', 20],
      ['-2 * 3', -6],
      ['- -2', 2],
      ['2 * -3 + 1', -5],
      ['-(2 + 3) * 2', -10],
      ['((((1))))', 1],
    ] as const) {
      expect(evaluateFormula(parseFormula(source), NUMBERS, valueOf), source).toBe(expected);
    }
  });

  it('refuses formulas nested or long past its bounds with a message, never a stack overflow', () => {
    const deep = (n: number): string => `${'('.repeat(n)}1${')'.repeat(n)}`;
    expect(evaluateFormula(parseFormula(deep(MAX_FORMULA_NESTING)), NUMBERS, valueOf)).toBe(1);
    expect(() => parseFormula(deep(MAX_FORMULA_NESTING + 1))).toThrow(`formula nests parentheses more than ${MAX_FORMULA_NESTING} deep`);
    expect(() => parseFormula(deep(5000))).toThrow(`formula is longer than ${MAX_FORMULA_LENGTH} characters`);
    expect(() => parseFormula(`${'-'.repeat(100_000)}1`)).toThrow(FormulaError);
    const negations = `${'-'.repeat(MAX_FORMULA_LENGTH - 1)}1`;
    expect(evaluateFormula(parseFormula(negations), NUMBERS, valueOf)).toBe(-1);
  });

  it('computes intervals with the same evaluator: the smallest interval holding every result', () => {
    const ranges: Record<string, Interval> = {
      a: { low: 2562.5, high: 2563.5 },
      b: { low: -16.85, high: -16.75 },
      z: { low: -1, high: 1 },
    };
    const interval = (source: string): Interval => evaluateFormula(parseFormula(source), INTERVALS, (id) => ranges[id]);
    expect(interval('{a} + {a}')).toEqual({ low: 5125, high: 5127 });
    expect(interval('{a} - {a}')).toEqual({ low: -1, high: 1 });
    expect(interval('-{b}')).toEqual({ low: 16.75, high: 16.85 });
    expect(interval('{b} * {b}').low).toBeCloseTo(16.75 ** 2, 9);
    const implied = interval('{a} / (1 + {b} / 100)');
    expect(implied.low).toBeCloseTo(2562.5 / (1 - 0.1675), 6);
    expect(implied.high).toBeCloseTo(2563.5 / (1 - 0.1685), 6);
    expect(interval('{a} / {z}')).toEqual({ low: -Infinity, high: Infinity });
    expect(interval('3')).toEqual({ low: 3, high: 3 });
  });

  it('writes a formula out with its inputs labelled, parenthesised only where precedence needs it', () => {
    const label = (id: string): string => id.toUpperCase();
    expect(formatFormula(parseFormula('({a} - {b}) * 2 / -{c}'), label)).toBe('(A \u2212 B) \u00d7 2 \u00f7 \u2212C');
    expect(formatFormula(parseFormula('{a} - ({b} - {c})'), label)).toBe('A \u2212 (B \u2212 C)');
    expect(formatFormula(parseFormula('{a} - {b} - {c}'), label)).toBe('A \u2212 B \u2212 C');
    expect(formatFormula(parseFormula('-({a} + {b})'), label)).toBe('\u2212(A + B)');
  });

  it('rounds half away from zero despite binary noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-77.8406, 2)).toBe(-77.84);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
  });
});
