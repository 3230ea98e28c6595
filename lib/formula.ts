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

type Token = { kind: 'num'; value: number } | { kind: 'ref'; id: string } | { kind: 'op'; op: string };

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

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 160) {
      i++;
    } else if (code === 123 /* { */) {
      const close = source.indexOf('}', i);
      if (close < 0) throw new FormulaError(`unclosed "{" at character ${i + 1}`);
      const id = source.slice(i + 1, close).trim();
      if (!isRowId(id)) throw new FormulaError(`"{${id}}" is not a row id`);
      tokens.push({ kind: 'ref', id });
      i = close + 1;
    } else if (isDigit(code) || code === 46 /* . */) {
      const end = numberEnd(source, i);
      if (end < 0) throw new FormulaError(`bad number at character ${i + 1}`);
      tokens.push({ kind: 'num', value: Number(source.slice(i, end)) });
      i = end;
    } else if (code === 43 || code === 45 || code === 42 || code === 47 || code === 40 || code === 41) {
      tokens.push({ kind: 'op', op: source[i] ?? '' });
      i++;
    } else {
      throw new FormulaError(`unexpected "${source[i] ?? ''}" at character ${i + 1}`);
    }
  }
  return tokens;
}

// A class rather than closures: the validator parses one formula per derived row, so this is hot.
class FormulaParser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FormulaNode {
    if (this.tokens.length === 0) throw new FormulaError('formula is empty');
    const root = this.expression();
    if (this.pos !== this.tokens.length) throw new FormulaError('unexpected text after the end of the formula');
    return root;
  }

  private peekOp(): string | undefined {
    const t = this.tokens[this.pos];
    return t?.kind === 'op' ? t.op : undefined;
  }

  private expression(): FormulaNode {
    let node = this.term();
    for (let op = this.peekOp(); op === '+' || op === '-'; op = this.peekOp()) {
      this.pos++;
      node = { type: 'binary', op, left: node, right: this.term() };
    }
    return node;
  }

  private term(): FormulaNode {
    let node = this.factor();
    for (let op = this.peekOp(); op === '*' || op === '/'; op = this.peekOp()) {
      this.pos++;
      node = { type: 'binary', op, left: node, right: this.factor() };
    }
    return node;
  }

  private factor(): FormulaNode {
    const t = this.tokens[this.pos++];
    if (!t) throw new FormulaError('formula ends too early');
    if (t.kind === 'num') return { type: 'number', value: t.value };
    if (t.kind === 'ref') return { type: 'ref', id: t.id };
    if (t.op === '-') return { type: 'neg', operand: this.factor() };
    if (t.op === '(') {
      const inner = this.expression();
      if (this.peekOp() !== ')') throw new FormulaError('missing ")"');
      this.pos++;
      return inner;
    }
    throw new FormulaError(`unexpected "${t.op}"`);
  }
}

export function parseFormula(source: string): FormulaNode {
  return new FormulaParser(tokenize(source)).parse();
}

/** Row ids a formula reads, in order of first use. */
export function formulaInputs(node: FormulaNode): string[] {
  const ids: string[] = [];
  const walk = (n: FormulaNode): void => {
    if (n.type === 'ref') {
      if (!ids.includes(n.id)) ids.push(n.id);
    } else if (n.type === 'neg') walk(n.operand);
    else if (n.type === 'binary') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
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
