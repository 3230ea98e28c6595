import { describe, expect, it } from 'vitest';
import { evaluateFormula, evaluateFormulaText, FormulaError, formulaInputs, parseFormula, roundTo } from './formula';
import { ID_PATTERN } from './schema';

const values: Record<string, number> = { a: 2563, b: -16.8, c: 10 };
const valueOf = (id: string): number | undefined => values[id];

describe('formulas', () => {
  it('evaluates with precedence, parentheses and unary minus', () => {
    expect(evaluateFormula(parseFormula('{a} / (1 + {b} / 100)'), valueOf)).toBeCloseTo(3080.5288, 4);
    expect(evaluateFormula(parseFormula('2 + 3 * 4 - -{c}'), valueOf)).toBe(24);
  });

  it('lists its inputs once each, in order', () => {
    expect(formulaInputs(parseFormula('({a} - {b}) / {a} * {c}'))).toEqual(['a', 'b', 'c']);
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
      expect(formulaInputs(parseFormula(`{${id}}`))).toEqual([id]);
    }
    for (const id of ['-a', 'a-', 'a--b', 'A', 'a_b', 'a.b', 'é']) {
      expect(ID_PATTERN.test(id)).toBe(false);
      expect(() => parseFormula(`{${id}}`)).toThrow(`"{${id}}" is not a row id`);
    }
  });

  it('reads integers of any length exactly as Number does, leading zeros included', () => {
    for (const n of ['0', '007', '2563', '999999999999999', '1234567890123456', '12345678901234567890']) {
      expect(evaluateFormula(parseFormula(n), valueOf)).toBe(Number(n));
    }
  });

  it('reads decimals and rejects numbers without digits before the point', () => {
    expect(evaluateFormula(parseFormula('1.25 * 4 + 10'), valueOf)).toBe(15);
    expect(() => parseFormula('.5 + 1')).toThrow('bad number at character 1');
    expect(() => parseFormula('1. + 1')).toThrow('bad number at character 2');
  });

  it('reports a missing input and division by zero as FormulaError', () => {
    expect(() => evaluateFormula(parseFormula('{zz} + 1'), valueOf)).toThrow(FormulaError);
    expect(() => evaluateFormula(parseFormula('{a} / 0'), valueOf)).toThrow(/division by zero/);
  });

  it('computes in one pass what the tree computes, and lists the inputs the tree lists', () => {
    for (const source of ['{a} / (1 + {b} / 100)', '2 + 3 * 4 - -{c}', '({a} - {b}) / {a} * {c}', '-(-{c}) * 1.5 - 2 / 4']) {
      const one = evaluateFormulaText(source, valueOf);
      const tree = parseFormula(source);
      expect([one.value, one.inputs, one.missing, one.divisionByZero]).toEqual([
        evaluateFormula(tree, valueOf),
        formulaInputs(tree),
        [],
        false,
      ]);
    }
  });

  it('in one pass, names missing inputs once each and flags a zero divisor instead of throwing', () => {
    const missing = evaluateFormulaText('{zz} + {a} * {zz} - {yy}', valueOf);
    expect([missing.value, missing.inputs, missing.missing]).toEqual([Number.NaN, ['zz', 'a', 'yy'], ['zz', 'yy']]);
    const zero = evaluateFormulaText('{a} / ({c} - 10)', valueOf);
    expect([zero.value, zero.divisionByZero]).toEqual([Number.NaN, true]);
    expect(() => evaluateFormulaText('{a} + * 2 $', valueOf)).toThrow('unexpected "$" at character 11');
  });

  it('rounds half away from zero despite binary noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-77.8406, 2)).toBe(-77.84);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
  });
});
