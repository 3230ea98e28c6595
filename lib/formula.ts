// Derivation formulas: arithmetic over row ids in braces, e.g. `{trade-exports-1990} / (1 + {trade-exports-change-1990} / 100)`.
// A tiny recursive-descent parser: no eval, so a data file cannot run code.

export type FormulaNode =
  | { type: 'number'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'neg'; operand: FormulaNode }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

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

/** What the parser makes of each piece: a tree (parseFormula) or, for the validator, the value itself. */
interface FormulaBuilder<T> {
  number(value: number): T;
  ref(id: string): T;
  neg(operand: T): T;
  binary(op: BinaryOp, left: T, right: T): T;
}

// A class rather than closures, reading tokens as it goes: the validator parses one formula per derived row.
class FormulaParser<T> {
  private readonly lexer: Lexer;
  constructor(
    source: string,
    private readonly build: FormulaBuilder<T>,
  ) {
    this.lexer = new Lexer(source);
  }

  parse(): T {
    if (!this.lexer.next()) throw new FormulaError('formula is empty');
    const root = this.expression();
    if (this.lexer.kind !== Tok.End) throw new FormulaError('unexpected text after the end of the formula');
    return root;
  }

  private peekOp(): string | undefined {
    return this.lexer.kind === Tok.Op ? this.lexer.op : undefined;
  }

  private expression(): T {
    let node = this.term();
    for (let op = this.peekOp(); op === '+' || op === '-'; op = this.peekOp()) {
      this.lexer.next();
      node = this.build.binary(op, node, this.term());
    }
    return node;
  }

  private term(): T {
    let node = this.factor();
    for (let op = this.peekOp(); op === '*' || op === '/'; op = this.peekOp()) {
      this.lexer.next();
      node = this.build.binary(op, node, this.factor());
    }
    return node;
  }

  private factor(): T {
    const lx = this.lexer;
    const kind = lx.kind;
    if (kind === Tok.End) throw new FormulaError('formula ends too early');
    if (kind === Tok.Num) {
      const value = lx.num;
      lx.next();
      return this.build.number(value);
    }
    if (kind === Tok.Ref) {
      const id = lx.id;
      lx.next();
      return this.build.ref(id);
    }
    const op = lx.op;
    lx.next();
    if (op === '-') return this.build.neg(this.factor());
    if (op === '(') {
      const inner = this.expression();
      if (this.peekOp() !== ')') throw new FormulaError('missing ")"');
      lx.next();
      return inner;
    }
    throw new FormulaError(`unexpected "${op}"`);
  }
}

function parseWith<T>(source: string, build: FormulaBuilder<T>): T {
  try {
    return new FormulaParser(source, build).parse();
  } catch (error) {
    // The parser reads tokens as it goes, so it can stop at a grammar error before a bad token further on.
    // A bad token is reported first wherever it is: lex the whole formula before passing the grammar error on.
    if (error instanceof FormulaError) for (const lexer = new Lexer(source); lexer.next(););
    throw error;
  }
}

const TREE: FormulaBuilder<FormulaNode> = {
  number: (value) => ({ type: 'number', value }),
  ref: (id) => ({ type: 'ref', id }),
  neg: (operand) => ({ type: 'neg', operand }),
  binary: (op, left, right) => ({ type: 'binary', op, left, right }),
};

export function parseFormula(source: string): FormulaNode {
  return parseWith(source, TREE);
}

export interface FormulaEvaluation {
  /** NaN when an input is missing or a divisor is zero. */
  value: number;
  /** Row ids the formula reads, once each, in order of first use. */
  inputs: string[];
  /** Inputs that `valueOf` does not know, in order of first use; empty when all are known. */
  missing: string[];
  divisionByZero: boolean;
}

// Computes while parsing, without a tree or a second walk over it: the validator does this for every derived row.
class Evaluator implements FormulaBuilder<number>, FormulaEvaluation {
  value = Number.NaN;
  inputs: string[] = [];
  missing: string[] = [];
  divisionByZero = false;
  constructor(private readonly valueOf: (id: string) => number | undefined) {}
  number(value: number): number {
    return value;
  }
  ref(id: string): number {
    const known = this.inputs.includes(id);
    if (!known) this.inputs.push(id);
    const v = this.valueOf(id);
    if (v !== undefined) return v;
    if (!known) this.missing.push(id);
    return Number.NaN;
  }
  neg(operand: number): number {
    return -operand;
  }
  binary(op: BinaryOp, l: number, r: number): number {
    if (op === '+') return l + r;
    if (op === '-') return l - r;
    if (op === '*') return l * r;
    if (r === 0) this.divisionByZero = true;
    return r === 0 ? Number.NaN : l / r;
  }
}

/** Parses and computes a formula in one pass. Throws FormulaError only for a formula that does not parse. */
export function evaluateFormulaText(source: string, valueOf: (id: string) => number | undefined): FormulaEvaluation {
  const evaluation = new Evaluator(valueOf);
  evaluation.value = parseWith(source, evaluation);
  return evaluation;
}

/** Row ids a formula reads, in order of first use. */
export function formulaInputs(node: FormulaNode): string[] {
  return collectInputs(node, []);
}

// A module function, not a closure made per call: the validator lists the inputs of every derived row.
function collectInputs(n: FormulaNode, ids: string[]): string[] {
  if (n.type === 'ref') {
    if (!ids.includes(n.id)) ids.push(n.id);
  } else if (n.type === 'neg') collectInputs(n.operand, ids);
  else if (n.type === 'binary') {
    collectInputs(n.left, ids);
    collectInputs(n.right, ids);
  }
  return ids;
}

export function evaluateFormula(node: FormulaNode, valueOf: (id: string) => number | undefined): number {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'ref': {
      const v = valueOf(node.id);
      if (v === undefined) throw new FormulaError(`input "${node.id}" does not exist`);
      return v;
    }
    case 'neg':
      return -evaluateFormula(node.operand, valueOf);
    case 'binary': {
      const l = evaluateFormula(node.left, valueOf);
      const r = evaluateFormula(node.right, valueOf);
      if (node.op === '+') return l + r;
      if (node.op === '-') return l - r;
      if (node.op === '*') return l * r;
      if (r === 0) throw new FormulaError('division by zero');
      return l / r;
    }
  }
}

/** Rounds half away from zero to `places` decimals, robust to binary noise (1.005 → 1.01). */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(value) * rounded) / factor;
}
