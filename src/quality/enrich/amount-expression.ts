/**
 * @module quality/enrich/amount-expression
 * A tiny, safe arithmetic language for the amount of a transaction: `Quantity*UnitPrice`,
 * `(price - discount) * 1.19`, `-refund`. Numbers, column names, `+ - * /`, unary minus and parentheses —
 * nothing else; it is parsed by hand (never `eval`). Column names that are not plain identifiers are written in
 * double quotes or backticks: `"Unit Price" * Qty`. Missing operands give a missing result, and so does a
 * result that is not a finite number (division by zero).
 *
 * @example
 * ```ts
 * import { parseAmountExpression, evaluateAmount } from './amount-expression.js';
 * const expr = parseAmountExpression('Quantity*UnitPrice');
 * expr.columns; // ['Quantity', 'UnitPrice']
 * const amount = evaluateAmount(table, expr); // Float64Array, one value per row
 * ```
 */
import { getColumn, materialize, type Table } from '../../data/table.js';
import { ValidationError } from '../../util/errors.js';

/** A parsed expression. */
export type AmountNode =
  | { readonly op: 'num'; readonly value: number }
  | { readonly op: 'col'; readonly name: string }
  | { readonly op: 'neg'; readonly arg: AmountNode }
  | { readonly op: '+' | '-' | '*' | '/'; readonly left: AmountNode; readonly right: AmountNode };

/** An expression with the text it came from and the columns it reads. */
export interface AmountExpression {
  readonly text: string;
  readonly root: AmountNode;
  readonly columns: readonly string[];
}

type Token =
  | { readonly kind: 'num'; readonly value: number; readonly at: number }
  | { readonly kind: 'name'; readonly name: string; readonly at: number }
  | { readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/' | '(' | ')'; readonly at: number };

const MAX_LENGTH = 1000;
const MAX_DEPTH = 64;

function fail(text: string, reason: string): never {
  throw new ValidationError('enrich.expression', { expression: text, reason });
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if ('+-*/()'.includes(ch)) {
      tokens.push({ kind: 'op', op: ch as '+', at: i });
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) fail(text, `a number is malformed at position ${i + 1}`);
      tokens.push({ kind: 'num', value: Number(m[0]), at: i });
      i += m[0].length;
    } else if (ch === '"' || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) fail(text, `the quoted column name at position ${i + 1} is never closed`);
      const name = text.slice(i + 1, end);
      if (name === '') fail(text, `empty column name at position ${i + 1}`);
      tokens.push({ kind: 'name', name, at: i });
      i = end + 1;
    } else if (/[\p{L}_]/u.test(ch)) {
      const m = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'name', name: m[0], at: i });
      i += m[0].length;
    } else {
      fail(
        text,
        `unexpected character "${ch}" at position ${i + 1}; allowed are column names, numbers, + - * / and parentheses`,
      );
    }
  }
  return tokens;
}

/**
 * Parse an amount expression.
 *
 * @throws ValidationError `enrich.expression` with the position of the problem.
 * @example
 * ```ts
 * parseAmountExpression('Quantity * UnitPrice').root; // { op: '*', left: { op: 'col', … }, right: … }
 * ```
 */
export function parseAmountExpression(text: string): AmountExpression {
  if (text.length > MAX_LENGTH) fail(text.slice(0, 40), `longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(text);
  if (tokens.length === 0) fail(text, 'it is empty');
  let pos = 0;
  const columns: string[] = [];
  const where = () => (pos < tokens.length ? `at position ${tokens[pos].at + 1}` : 'at the end');
  const isOp = (op: string) => {
    const t = tokens[pos];
    return t !== undefined && t.kind === 'op' && t.op === op;
  };

  const primary = (depth: number): AmountNode => {
    if (depth > MAX_DEPTH) fail(text, 'it is nested too deeply');
    const t = tokens[pos];
    if (t === undefined) fail(text, 'a column name or a number is missing at the end');
    if (t.kind === 'num') {
      pos++;
      return { op: 'num', value: t.value };
    }
    if (t.kind === 'name') {
      pos++;
      if (!columns.includes(t.name)) columns.push(t.name);
      return { op: 'col', name: t.name };
    }
    if (t.op === '(') {
      pos++;
      const inner = sum(depth + 1);
      if (!isOp(')')) fail(text, `a closing parenthesis is missing ${where()}`);
      pos++;
      return inner;
    }
    if (t.op === '-' || t.op === '+') {
      pos++;
      const arg = primary(depth + 1);
      return t.op === '-' ? { op: 'neg', arg } : arg;
    }
    return fail(text, `unexpected "${t.op}" ${where()}`);
  };
  const product = (depth: number): AmountNode => {
    let left = primary(depth);
    while (isOp('*') || isOp('/')) {
      const op = (tokens[pos] as { op: '*' | '/' }).op;
      pos++;
      left = { op, left, right: primary(depth) };
    }
    return left;
  };
  const sum = (depth: number): AmountNode => {
    let left = product(depth);
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos] as { op: '+' | '-' }).op;
      pos++;
      left = { op, left, right: product(depth) };
    }
    return left;
  };

  const root = sum(0);
  if (pos < tokens.length) {
    const t = tokens[pos];
    fail(
      text,
      `unexpected ${t.kind === 'op' ? `"${t.op}"` : t.kind === 'num' ? 'number' : `name "${t.name}"`} ${where()}`,
    );
  }
  return { text, root, columns };
}

/**
 * Evaluate an expression on every visible row of a table. Columns must be numeric.
 *
 * @throws NotFoundError `schema.unknownColumn`; ValidationError `enrich.expression` for a non-numeric column.
 * @example
 * ```ts
 * evaluateAmount(table, parseAmountExpression('Quantity*UnitPrice'))[0]; // 15.3
 * ```
 */
export function evaluateAmount(table: Table, expression: AmountExpression | string): Float64Array {
  const expr = typeof expression === 'string' ? parseAmountExpression(expression) : expression;
  const base = materialize(table);
  const n = base.rowCount;
  const columnValues = new Map<string, Float64Array>();
  for (const name of expr.columns) {
    const column = getColumn(base, name);
    if (column.storage !== 'number') {
      fail(
        expr.text,
        `column ${name} holds ${column.storage === 'category' ? 'text' : column.storage} values, not numbers`,
      );
    }
    columnValues.set(name, column.values);
  }
  const run = (node: AmountNode): Float64Array => {
    switch (node.op) {
      case 'num':
        return new Float64Array(n).fill(node.value);
      case 'col':
        return Float64Array.from(columnValues.get(node.name) as Float64Array);
      case 'neg': {
        const a = run(node.arg);
        for (let i = 0; i < n; i++) a[i] = -a[i];
        return a;
      }
      default: {
        const a = run(node.left);
        const b = run(node.right);
        for (let i = 0; i < n; i++) {
          a[i] =
            node.op === '+' ? a[i] + b[i] : node.op === '-' ? a[i] - b[i] : node.op === '*' ? a[i] * b[i] : a[i] / b[i];
        }
        return a;
      }
    }
  };
  const out = run(expr.root);
  for (let i = 0; i < n; i++) if (!Number.isFinite(out[i])) out[i] = Number.NaN;
  return out;
}
