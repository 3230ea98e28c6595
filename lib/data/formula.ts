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

const PRECEDENCE: Readonly<Record<BinaryOp, number>> = { '+': 1, '-': 1, '*': 2, '/': 2 };
const NEG: FormulaOp = { type: 'neg' };
const BINARY: Readonly<Record<BinaryOp, FormulaOp>> = {
  '+': { type: 'binary', op: '+' },
  '-': { type: 'binary', op: '-' },
  '*': { type: 'binary', op: '*' },
  '/': { type: 'binary', op: '/' },
};

/** Receives a formula's operations in postfix order as the parser reads them. */
interface FormulaSink {
  number(value: number): void;
  ref(id: string): void;
  neg(): void;
  binary(op: BinaryOp): void;
}

// Operators waiting on the parser's stack, as small integers: this runs once per derived row of a file.
const OPEN = 0;
const NEGATE = 5;
const PENDING_OPS: readonly (BinaryOp | undefined)[] = [undefined, '+', '-', '*', '/'];
const PENDING_PRECEDENCE: readonly number[] = [0, 1, 1, 2, 2, 3];

/** Shunting-yard over the lexer's tokens: operations reach the sink in postfix order. A class, not closures: the
 * validator parses a formula per derived row. Throws FormulaError. */
class Parser {
  private readonly pending: number[] = [];
  private readonly lexer: Lexer;
  constructor(
    private readonly source: string,
    private readonly sink: FormulaSink,
  ) {
    this.lexer = new Lexer(source);
  }

  private flush(precedence: number): void {
    const { pending, sink } = this;
    while (pending.length > 0) {
      const top = pending[pending.length - 1] ?? OPEN;
      if (top === OPEN || (PENDING_PRECEDENCE[top] ?? 0) < precedence) return;
      pending.pop();
      if (top === NEGATE) sink.neg();
      else sink.binary(PENDING_OPS[top] ?? '+');
    }
  }

  run(): void {
    const { lexer, sink, pending } = this;
    if (this.source.length > MAX_FORMULA_LENGTH) throw new FormulaError(`formula is longer than ${MAX_FORMULA_LENGTH} characters`);
    if (!lexer.next()) throw new FormulaError('formula is empty');
    let depth = 0;
    let expectOperand = true;
    do {
      const kind = lexer.kind;
      if (expectOperand) {
        if (kind === Tok.Num) {
          sink.number(lexer.num);
          expectOperand = false;
        } else if (kind === Tok.Ref) {
          sink.ref(lexer.id);
          expectOperand = false;
        } else if (lexer.op === '-') {
          pending.push(NEGATE);
        } else if (lexer.op === '(') {
          if (++depth > MAX_FORMULA_NESTING) throw new FormulaError(`formula nests parentheses more than ${MAX_FORMULA_NESTING} deep`);
          pending.push(OPEN);
        } else {
          throw new FormulaError(`unexpected "${lexer.op}"`);
        }
      } else if (kind === Tok.Op && lexer.op !== '(' && lexer.op !== ')') {
        const code = lexer.op === '+' ? 1 : lexer.op === '-' ? 2 : lexer.op === '*' ? 3 : 4;
        this.flush(PENDING_PRECEDENCE[code] ?? 1);
        pending.push(code);
        expectOperand = true;
      } else if (kind === Tok.Op && lexer.op === ')' && depth > 0) {
        this.flush(0);
        pending.pop();
        depth -= 1;
      } else {
        throw new FormulaError(depth > 0 ? 'missing ")"' : 'unexpected text after the end of the formula');
      }
    } while (lexer.next());
    if (expectOperand) throw new FormulaError('formula ends too early');
    if (depth > 0) throw new FormulaError('missing ")"');
    this.flush(0);
  }
}

function parseInto(source: string, sink: FormulaSink): void {
  try {
    new Parser(source, sink).run();
  } catch (error) {
    // The parser reads tokens as it goes, so it can stop at a grammar error before a bad token further on.
    // A bad token is reported first wherever it is: lex the whole formula before passing the grammar error on.
    if (error instanceof FormulaError && source.length <= MAX_FORMULA_LENGTH) for (const lexer = new Lexer(source); lexer.next(););
    throw error;
  }
}

class OpCollector implements FormulaSink {
  readonly ops: FormulaOp[] = [];
  readonly inputs: string[] = [];
  number(value: number): void {
    this.ops.push({ type: 'number', value });
  }
  ref(id: string): void {
    this.ops.push({ type: 'ref', id });
    if (!this.inputs.includes(id)) this.inputs.push(id);
  }
  neg(): void {
    this.ops.push(NEG);
  }
  binary(op: BinaryOp): void {
    this.ops.push(BINARY[op]);
  }
}

/** Parses a formula. Throws FormulaError, with a bad token reported before a grammar error earlier in the formula. */
export function parseFormula(source: string): Formula {
  const collector = new OpCollector();
  parseInto(source, collector);
  return { ops: collector.ops, inputs: collector.inputs };
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

/**
 * The one evaluator: a stack machine that computes each operation as it arrives, with any arithmetic, noting the
 * inputs it reads (once each, in order of first use), those `valueOf` does not know (computed as NaN), and whether a
 * divisor is or may be zero.
 */
class StackMachine<T> implements FormulaSink {
  private readonly stack: T[] = [];
  readonly inputs: string[] = [];
  readonly missing: string[] = [];
  divisionByZero = false;
  constructor(
    private readonly arithmetic: Arithmetic<T>,
    private readonly valueOf: (id: string) => T | undefined,
  ) {}
  number(value: number): void {
    this.stack.push(this.arithmetic.constant(value));
  }
  ref(id: string): void {
    const known = this.inputs.includes(id);
    if (!known) this.inputs.push(id);
    const value = this.valueOf(id);
    if (value === undefined && !known) this.missing.push(id);
    this.stack.push(value ?? this.arithmetic.constant(Number.NaN));
  }
  neg(): void {
    this.stack.push(this.arithmetic.neg(this.stack.pop() as T));
  }
  binary(op: BinaryOp): void {
    const b = this.stack.pop() as T;
    const a = this.stack.pop() as T;
    if (op === '/' && this.arithmetic.mayBeZero(b)) this.divisionByZero = true;
    this.stack.push(this.arithmetic.binary(op, a, b));
  }
  get result(): T {
    return this.stack[0] as T;
  }
}

/**
 * The formula's value with `arithmetic`, each input from `valueOf`. Throws FormulaError for an input `valueOf`
 * does not know.
 */
export function evaluateFormula<T>(formula: Formula, arithmetic: Arithmetic<T>, valueOf: (id: string) => T | undefined): T {
  const machine = new StackMachine(arithmetic, valueOf);
  for (const op of formula.ops) {
    if (op.type === 'number') machine.number(op.value);
    else if (op.type === 'ref') machine.ref(op.id);
    else if (op.type === 'neg') machine.neg();
    else machine.binary(op.op);
  }
  const [missing] = machine.missing;
  if (missing !== undefined) throw new FormulaError(`input "${missing}" does not exist`);
  return machine.result;
}

/**
 * Parses and evaluates in one pass, with no list of operations in between: the validator does this for every
 * derived row. With an input missing, `value` is NaN. Throws FormulaError only for a formula that does not parse.
 */
export function evaluateFormulaSource(
  source: string,
  valueOf: (id: string) => number | undefined,
): { value: number; inputs: string[]; missing: string[]; divisionByZero: boolean } {
  const machine = new StackMachine(NUMBERS, valueOf);
  parseInto(source, machine);
  return { value: machine.result, inputs: machine.inputs, missing: machine.missing, divisionByZero: machine.divisionByZero };
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
