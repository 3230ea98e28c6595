// Derivation formulas: arithmetic over row ids in braces, e.g. `{trade-exports-1990} / (1 + {trade-exports-change-1990} / 100)`.
// One parser and one evaluator for the whole project: the validator parses each derivation once, and the figure it
// validates carries the parsed formula to the consistency checks, the derived values' intervals and the formulas
// shown on pages. The parser is iterative (shunting-yard into postfix), so no input can deepen a recursion; no eval,
// so a data file cannot run code.

export class FormulaError extends Error {
  override name = 'FormulaError';
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

/** An operation waiting for its right-hand side: a binary operation, a negation, or an open parenthesis. */
type PendingOp = BinaryOp | 'neg' | '(';

/** How tightly each binds: a negation tighter than any binary operation, an open parenthesis least. */
const PRECEDENCE: Readonly<Record<PendingOp, number>> = { '(': 0, '+': 1, '-': 1, '*': 2, '/': 2, neg: 3 };

/** An operand, already the operation it becomes, or an operator or parenthesis. */
type Token = Extract<FormulaOp, { type: 'number' | 'ref' }> | string;

const ROW_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** One token at a time, where the last ended: spaces, a row id in braces, a number, or an operator or parenthesis. */
const TOKEN = /[ \t\n\r\u00a0]+|\{([^}]*)\}|(\d+(?:\.\d+)?)|([+\-*/()])/y;

/** The formula's tokens. Every bad token is found here, before any grammar error the parser could find earlier on. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) {
      const char = source[at] ?? '';
      if (char === '{') throw new FormulaError(`unclosed "{" at character ${at + 1}`);
      if (/[\d.]/.test(char)) throw new FormulaError(`bad number at character ${at + 1}`);
      throw new FormulaError(`unexpected "${char}" at character ${at + 1}`);
    }
    const [, ref, number, op] = match;
    if (ref !== undefined) {
      const id = ref.trim();
      if (!ROW_ID.test(id)) throw new FormulaError(`"{${id}}" is not a row id`);
      tokens.push({ type: 'ref', id });
    } else if (number !== undefined) tokens.push({ type: 'number', value: Number(number) });
    else if (op !== undefined) tokens.push(op);
  }
  return tokens;
}

/** Moves the waiting operations that bind at least as tightly as `atLeast` to the output, up to an open parenthesis. */
function flush(pending: PendingOp[], ops: FormulaOp[], atLeast: number): void {
  for (let top = pending.at(-1); top !== undefined && top !== '(' && PRECEDENCE[top] >= atLeast; top = pending.at(-1)) {
    pending.pop();
    ops.push(top === 'neg' ? { type: 'neg' } : { type: 'binary', op: top });
  }
}

/** Parses a formula. Throws FormulaError, with a bad token reported before a grammar error earlier in the formula. */
export function parseFormula(source: string): Formula {
  if (source.length > MAX_FORMULA_LENGTH) throw new FormulaError(`formula is longer than ${MAX_FORMULA_LENGTH} characters`);
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new FormulaError('formula is empty');
  const ops: FormulaOp[] = [];
  const inputs: string[] = [];
  const pending: PendingOp[] = [];
  let depth = 0;
  let expectOperand = true;
  for (const token of tokens) {
    if (expectOperand) {
      if (typeof token !== 'string') {
        ops.push(token);
        if (token.type === 'ref' && !inputs.includes(token.id)) inputs.push(token.id);
      } else if (token === '-') pending.push('neg');
      else if (token === '(') {
        if (++depth > MAX_FORMULA_NESTING) throw new FormulaError(`formula nests parentheses more than ${MAX_FORMULA_NESTING} deep`);
        pending.push('(');
      } else throw new FormulaError(`unexpected "${token}"`);
      expectOperand = typeof token === 'string';
    } else if (token === '+' || token === '-' || token === '*' || token === '/') {
      flush(pending, ops, PRECEDENCE[token]);
      pending.push(token);
      expectOperand = true;
    } else if (token === ')' && depth > 0) {
      flush(pending, ops, 0);
      pending.pop();
      depth--;
    } else {
      throw new FormulaError(depth > 0 ? 'missing ")"' : 'unexpected text after the end of the formula');
    }
  }
  if (expectOperand) throw new FormulaError('formula ends too early');
  if (depth > 0) throw new FormulaError('missing ")"');
  flush(pending, ops, 0);
  return { ops, inputs };
}

/** How the evaluator computes on one kind of value: plain numbers, or the intervals that rounding allows. */
export interface Arithmetic<T> {
  constant(value: number): T;
  neg(a: T): T;
  binary(op: BinaryOp, a: T, b: T): T;
  /** Whether a divisor is, or may be, zero. */
  mayBeZero(a: T): boolean;
}

/** Plain numbers; a division by zero gives NaN. */
export const NUMBERS: Arithmetic<number> = {
  constant: (value) => value,
  neg: (a) => -a,
  binary: (op, a, b) => (op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : b === 0 ? Number.NaN : a / b),
  mayBeZero: (a) => a === 0,
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
  mayBeZero: (a) => a.low <= 0 && a.high >= 0,
};

export interface Evaluation<T> {
  /** NaN (in the arithmetic) where an input is missing. */
  value: T;
  /** The inputs `valueOf` does not know, once each. */
  missing: string[];
  /** Whether a divisor is, or may be, zero. */
  divisionByZero: boolean;
}

/** The one evaluator: a stack machine over the postfix operations, with any arithmetic. */
export function evaluate<T>(formula: Formula, arithmetic: Arithmetic<T>, valueOf: (id: string) => T | undefined): Evaluation<T> {
  const stack: T[] = [];
  const missing: string[] = [];
  let divisionByZero = false;
  const pop = (): T => stack.pop() as T;
  for (const op of formula.ops) {
    if (op.type === 'number') stack.push(arithmetic.constant(op.value));
    else if (op.type === 'ref') {
      const value = valueOf(op.id);
      if (value === undefined && !missing.includes(op.id)) missing.push(op.id);
      stack.push(value ?? arithmetic.constant(Number.NaN));
    } else if (op.type === 'neg') stack.push(arithmetic.neg(pop()));
    else {
      const b = pop();
      const a = pop();
      if (op.op === '/' && arithmetic.mayBeZero(b)) divisionByZero = true;
      stack.push(arithmetic.binary(op.op, a, b));
    }
  }
  return { value: stack[0] as T, missing, divisionByZero };
}

/** The formula's value with `arithmetic`, each input from `valueOf`. Throws FormulaError for an input it does not know. */
export function evaluateFormula<T>(formula: Formula, arithmetic: Arithmetic<T>, valueOf: (id: string) => T | undefined): T {
  const { value, missing } = evaluate(formula, arithmetic, valueOf);
  if (missing[0] !== undefined) throw new FormulaError(`input "${missing[0]}" does not exist`);
  return value;
}

const SYMBOLS: Readonly<Record<BinaryOp, string>> = { '+': '+', '-': '\u2212', '*': '\u00d7', '/': '\u00f7' };

/** The formula written out with each input as `label` gives it: "$2,563 million ÷ (1 + (−16.8) ÷ 100)". */
export function formatFormula(formula: Formula, label: (id: string) => string): string {
  // Each entry: the text so far and the precedence of its outermost operation (4 for an operand).
  const stack: { text: string; precedence: number }[] = [];
  const pop = (): { text: string; precedence: number } => stack.pop() ?? { text: '', precedence: 4 };
  for (const op of formula.ops) {
    if (op.type === 'number') stack.push({ text: String(op.value), precedence: 4 });
    else if (op.type === 'ref') stack.push({ text: label(op.id), precedence: 4 });
    else if (op.type === 'neg') {
      const a = pop();
      stack.push({ text: `\u2212${a.precedence < PRECEDENCE.neg ? `(${a.text})` : a.text}`, precedence: PRECEDENCE.neg });
    } else {
      const b = pop();
      const a = pop();
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
