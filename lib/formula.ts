// Derivation formulas: arithmetic over row ids in braces, e.g. `{trade-exports-1990} / (1 + {trade-exports-change-1990} / 100)`.
// One parser and one evaluator for the whole project: the validator, the consistency checks, the derived values'
// intervals and the formulas shown on pages all read formulas through this module. The parser is iterative
// (shunting-yard into postfix), so no input can deepen a recursion; no eval, so a data file cannot run code.

export class FormulaError extends Error {
  override name = 'FormulaError';
}

const Tok = { End: 0, Num: 1, Ref: 2, Op: 3 } as const;
type TokenKind = (typeof Tok)[keyof typeof Tok];

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isIdChar(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigit(code);
}

/** Same rule as a row id (lower-case letters and digits joined by single hyphens), without a regex: this is hot. */
function isRowId(id: string): boolean {
  if (id.length === 0 || !isIdChar(id.charCodeAt(0)) || !isIdChar(id.charCodeAt(id.length - 1))) return false;
  for (let i = 1; i < id.length - 1; i++) {
    const code = id.charCodeAt(i);
    if (code === 45 /* - */) {
      if (id.charCodeAt(i + 1) === 45) return false;
    } else if (!isIdChar(code)) return false;
  }
  return true;
}

/** End of the number `\d+(\.\d+)?` starting at `start`, or -1 when there is none. */
function numberEnd(source: string, start: number): number {
  let i = start;
  while (i < source.length && isDigit(source.charCodeAt(i))) i++;
  if (i === start) return -1;
  if (source.charCodeAt(i) === 46 /* . */ && isDigit(source.charCodeAt(i + 1))) {
    i += 2;
    while (i < source.length && isDigit(source.charCodeAt(i))) i++;
  }
  return i;
}

/** The value of a plain integer of up to 15 digits (exact in a double), or undefined: saves a substring per number. */
function integerValue(source: string, start: number, end: number): number | undefined {
  if (end - start > 15) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (!isDigit(code)) return undefined;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** Reads one token at a time into its fields: no token objects, since the validator parses a formula per derived row. */
class Lexer {
  kind: TokenKind = Tok.End;
  num = 0;
  id = '';
  op = '';
  private i = 0;
  constructor(private readonly source: string) {}

  /** Moves to the next token; false at the end. */
  next(): boolean {
    const { source } = this;
    let code = source.charCodeAt(this.i);
    while (code === 32 || code === 9 || code === 10 || code === 13 || code === 160) code = source.charCodeAt(++this.i);
    const i = this.i;
    if (i >= source.length) {
      this.kind = Tok.End;
      return false;
    }
    if (code === 123 /* { */) {
      const close = source.indexOf('}', i);
      if (close < 0) throw new FormulaError(`unclosed "{" at character ${i + 1}`);
      const id = source.slice(i + 1, close).trim();
      if (!isRowId(id)) throw new FormulaError(`"{${id}}" is not a row id`);
      this.kind = Tok.Ref;
      this.id = id;
      this.i = close + 1;
    } else if (isDigit(code) || code === 46 /* . */) {
      const end = numberEnd(source, i);
      if (end < 0) throw new FormulaError(`bad number at character ${i + 1}`);
      this.kind = Tok.Num;
      this.num = integerValue(source, i, end) ?? Number(source.slice(i, end));
      this.i = end;
    } else if (code === 43 || code === 45 || code === 42 || code === 47 || code === 40 || code === 41) {
      this.kind = Tok.Op;
      this.op = source[i] ?? '';
      this.i = i + 1;
    } else {
      throw new FormulaError(`unexpected "${source[i] ?? ''}" at character ${i + 1}`);
    }
    return true;
  }
}

type BinaryOp = '+' | '-' | '*' | '/';

/** A parsed formula: its operations in postfix order, and the row ids it reads, once each, in order of first use. */
export interface Formula {
  readonly ops: readonly FormulaOp[];
  readonly inputs: readonly string[];
}

type FormulaOp =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'ref'; readonly id: string }
  | { readonly type: 'neg' }
  | { readonly type: 'binary'; readonly op: BinaryOp };

/** Past these a formula is refused: the report's need a few dozen characters and two levels of parentheses. */
export const MAX_FORMULA_LENGTH = 1000;
export const MAX_FORMULA_NESTING = 32;

const PRECEDENCE: Readonly<Record<BinaryOp | 'neg', number>> = { '+': 1, '-': 1, '*': 2, '/': 2, neg: 3 };
const NEG: FormulaOp = { type: 'neg' };
const BINARY: Readonly<Record<BinaryOp, FormulaOp>> = {
  '+': { type: 'binary', op: '+' },
  '-': { type: 'binary', op: '-' },
  '*': { type: 'binary', op: '*' },
  '/': { type: 'binary', op: '/' },
};

type Pending = BinaryOp | 'neg' | '(';

function parseTokens(source: string): Formula {
  if (source.length > MAX_FORMULA_LENGTH) throw new FormulaError(`formula is longer than ${MAX_FORMULA_LENGTH} characters`);
  const lexer = new Lexer(source);
  if (!lexer.next()) throw new FormulaError('formula is empty');
  const ops: FormulaOp[] = [];
  const inputs: string[] = [];
  const pending: Pending[] = [];
  let depth = 0;
  let expectOperand = true;
  const popWhile = (precedence: number): void => {
    for (let top = pending.at(-1); top !== undefined && top !== '(' && PRECEDENCE[top] >= precedence; top = pending.at(-1)) {
      pending.pop();
      ops.push(top === 'neg' ? NEG : BINARY[top]);
    }
  };
  do {
    const { kind } = lexer;
    if (expectOperand) {
      if (kind === Tok.Num) {
        ops.push({ type: 'number', value: lexer.num });
        expectOperand = false;
      } else if (kind === Tok.Ref) {
        ops.push({ type: 'ref', id: lexer.id });
        if (!inputs.includes(lexer.id)) inputs.push(lexer.id);
        expectOperand = false;
      } else if (lexer.op === '-') {
        pending.push('neg');
      } else if (lexer.op === '(') {
        if (++depth > MAX_FORMULA_NESTING) throw new FormulaError(`formula nests parentheses more than ${MAX_FORMULA_NESTING} deep`);
        pending.push('(');
      } else {
        throw new FormulaError(`unexpected "${lexer.op}"`);
      }
    } else if (kind === Tok.Op && (lexer.op === '+' || lexer.op === '-' || lexer.op === '*' || lexer.op === '/')) {
      popWhile(PRECEDENCE[lexer.op]);
      pending.push(lexer.op);
      expectOperand = true;
    } else if (kind === Tok.Op && lexer.op === ')' && depth > 0) {
      popWhile(0);
      pending.pop();
      depth -= 1;
    } else {
      throw new FormulaError(depth > 0 ? 'missing ")"' : 'unexpected text after the end of the formula');
    }
  } while (lexer.next());
  if (expectOperand) throw new FormulaError('formula ends too early');
  if (depth > 0) throw new FormulaError('missing ")"');
  popWhile(0);
  return { ops, inputs };
}

/** Parses a formula. Throws FormulaError, with a bad token reported before a grammar error earlier in the formula. */
export function parseFormula(source: string): Formula {
  try {
    return parseTokens(source);
  } catch (error) {
    // The parser reads tokens as it goes, so it can stop at a grammar error before a bad token further on.
    // A bad token is reported first wherever it is: lex the whole formula before passing the grammar error on.
    if (error instanceof FormulaError && source.length <= MAX_FORMULA_LENGTH) for (const lexer = new Lexer(source); lexer.next(););
    throw error;
  }
}

/** How the evaluator computes on one kind of value: plain numbers, or the intervals that rounding allows. */
export interface Arithmetic<T> {
  constant(value: number): T;
  neg(a: T): T;
  binary(op: BinaryOp, a: T, b: T): T;
}

/** Plain numbers; a division by zero gives NaN. */
export const NUMBERS: Arithmetic<number> = {
  constant: (value) => value,
  neg: (a) => -a,
  binary: (op, a, b) => (op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : b === 0 ? Number.NaN : a / b),
};

export interface Interval {
  low: number;
  high: number;
}

/** Intervals: each operation gives the smallest interval holding every result of values within its operands'. */
export const INTERVALS: Arithmetic<Interval> = {
  constant: (value) => ({ low: value, high: value }),
  neg: (a) => ({ low: -a.high, high: -a.low }),
  binary: (op, a, b) => {
    if (op === '+') return { low: a.low + b.low, high: a.high + b.high };
    if (op === '-') return { low: a.low - b.high, high: a.high - b.low };
    if (op === '/' && b.low <= 0 && b.high >= 0) return { low: -Infinity, high: Infinity };
    const candidates =
      op === '*'
        ? [a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high]
        : [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high];
    return { low: Math.min(...candidates), high: Math.max(...candidates) };
  },
};

/**
 * The formula's value with `arithmetic`, each input from `valueOf`. Throws FormulaError for an input `valueOf`
 * does not know; check `missingInputs` first where that is a finding rather than a bug.
 */
export function evaluateFormula<T>(formula: Formula, arithmetic: Arithmetic<T>, valueOf: (id: string) => T | undefined): T {
  const stack: T[] = [];
  for (const op of formula.ops) {
    if (op.type === 'number') stack.push(arithmetic.constant(op.value));
    else if (op.type === 'ref') {
      const value = valueOf(op.id);
      if (value === undefined) throw new FormulaError(`input "${op.id}" does not exist`);
      stack.push(value);
    } else if (op.type === 'neg') stack.push(arithmetic.neg(stack.pop() as T));
    else {
      const b = stack.pop() as T;
      const a = stack.pop() as T;
      stack.push(arithmetic.binary(op.op, a, b));
    }
  }
  return stack[0] as T;
}

/** The inputs `valueOf` does not know, in order of first use. */
export function missingInputs(formula: Formula, valueOf: (id: string) => unknown): string[] {
  return formula.inputs.filter((id) => valueOf(id) === undefined);
}

/** Whether some division in the formula has a divisor of zero, with plain numbers. */
export function dividesByZero(formula: Formula, valueOf: (id: string) => number | undefined): boolean {
  let zero = false;
  const watching: Arithmetic<number> = {
    ...NUMBERS,
    binary: (op, a, b) => {
      if (op === '/' && b === 0) zero = true;
      return NUMBERS.binary(op, a, b);
    },
  };
  evaluateFormula(formula, watching, valueOf);
  return zero;
}

const SYMBOLS: Readonly<Record<BinaryOp, string>> = { '+': '+', '-': '\u2212', '*': '\u00d7', '/': '\u00f7' };

/** The formula written out with each input as `label` gives it: "$2,563 million ÷ (1 + (−16.8) ÷ 100)". */
export function formatFormula(formula: Formula, label: (id: string) => string): string {
  // Each entry: the text so far and the precedence of its outermost operation (4 for an operand).
  const stack: { text: string; precedence: number }[] = [];
  for (const op of formula.ops) {
    if (op.type === 'number') stack.push({ text: String(op.value), precedence: 4 });
    else if (op.type === 'ref') stack.push({ text: label(op.id), precedence: 4 });
    else if (op.type === 'neg') {
      const a = stack.pop() ?? { text: '', precedence: 4 };
      stack.push({ text: `\u2212${a.precedence < 3 ? `(${a.text})` : a.text}`, precedence: 3 });
    } else {
      const b = stack.pop() ?? { text: '', precedence: 4 };
      const a = stack.pop() ?? { text: '', precedence: 4 };
      const precedence = PRECEDENCE[op.op];
      const left = a.precedence < precedence ? `(${a.text})` : a.text;
      const right = b.precedence <= precedence ? `(${b.text})` : b.text;
      stack.push({ text: `${left} ${SYMBOLS[op.op]} ${right}`, precedence });
    }
  }
  return stack[0]?.text ?? '';
}

/** Rounds half away from zero to `places` decimals (negative: to tens, hundreds…), robust to binary noise (1.005 → 1.01). */
export function roundTo(value: number, places: number): number {
  if (places < 0) {
    const unit = 10 ** -places;
    return Math.sign(value) * Math.round(Math.abs(value) / unit) * unit;
  }
  const factor = 10 ** places;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(value) * rounded) / factor;
}
