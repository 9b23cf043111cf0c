/**
 * @module data/infer/column-builder
 * Builds one column from a stream of cells and infers its type — the shared back end of every reader
 * (CSV, JSON, Parquet, SQL), so the same text means the same thing whatever the format.
 *
 * A builder starts in *number mode*, storing parsed values in a growing `Float64Array` (CSV cells are parsed
 * straight from their bytes). A cell that is not a number is kept aside as an exception; when exceptions pass
 * 1 % of the cells (and 50), or a cell is a code such as `007` or a 16+ digit number, the builder switches to
 * *string mode* and dictionary-encodes (earlier numbers are re-written with `String(n)`). At `finish` the type
 * is decided from the evidence:
 * - number mode → `integer` / `numeric` (or `id` for unique integer keys named like ids); up to 5 % of cells
 *   that are not numbers become missing and are recorded in `info.invalidCount` / `info.invalidExamples`
 *   (mixed types, reported by the data check); more than that, or decimal commas, → read as text (below);
 * - string mode → `boolean` (true/false), `numeric` with a decimal comma, `datetime` (≥ 95 % of cells parse
 *   with one format; the rest are recorded as invalid), `id` (unique codes), `text` (long free text) or
 *   `categorical`.
 * Missing tokens (default: empty, `NA`, `N/A`, `null`, `?`, and their case variants) and white-space-only
 * cells (counted in `info.blankCells`) become missing.
 *
 * @example
 * ```ts
 * import { createColumnBuilder } from './column-builder.js';
 * const b = createColumnBuilder('TotalCharges');
 * for (const t of ['29.85', ' ', '1889.5']) b.pushToken(t);
 * const col = b.finish(); // numeric, values [29.85, NaN, 1889.5], info.blankCells === 1
 * ```
 */
import { type Column, type ColumnType, type InvalidValue, numberColumn } from '../column.js';
import {
  LEADING_ZERO,
  TOO_MANY_DIGITS,
  lastVerdict,
  parseDecimalComma,
  parseNumberBytes,
  parseNumberString,
} from './parse-number.js';
import { ByteDictionary } from './byte-dictionary.js';
import { finishStrings } from './finish-strings.js';
import { declareType } from './declare-type.js';

/**
 * The tokens read as missing unless configured otherwise: empty, NA, N/A, null, ? and common variants.
 * (`unknown`, `999` and similar *disguised* missing values are left to the data check, which reports them.)
 */
export const DEFAULT_MISSING_TOKENS: ReadonlySet<string> = Object.freeze(
  new Set(['', 'NA', 'N/A', 'n/a', 'na', 'null', 'NULL', 'Null', '?', 'NaN', 'nan', '#N/A', 'None']),
);

/** Options of a column builder. */
export interface ColumnBuilderOptions {
  /** Cells read as missing (exact match after trimming spaces). Default `DEFAULT_MISSING_TOKENS`. */
  readonly missingTokens?: ReadonlySet<string>;
  /** A declared type (schema file or flag) instead of inference. */
  readonly declaredType?: ColumnType;
  /** Capacity hint: the expected number of rows. */
  readonly expectedRows?: number;
  /** The source's name, for error messages. */
  readonly source?: string;
}

/** Builds one column; push every cell once, in row order, then `finish`. */
export interface ColumnBuilder {
  readonly name: string;
  /** Cells pushed so far. */
  readonly length: number;
  /** Push a text cell (already unquoted). */
  pushToken(token: string): void;
  /**
   * Push a text cell given as bytes `[start, end)` of `buf`. Numbers are parsed straight from the bytes;
   * `decode` turns bytes into a string only when needed (a new category, an exception).
   */
  pushBytes(
    buf: Uint8Array,
    start: number,
    end: number,
    decode: (buf: Uint8Array, start: number, end: number) => string,
  ): void;
  /** Push a missing cell. */
  pushMissing(): void;
  /** Push a typed value: null/undefined → missing; number, bigint, boolean, Date, string, or an object (as JSON text). */
  pushValue(value: unknown): void;
  /** Decide the type and build the frozen column. The builder must not be used afterwards. */
  finish(): Column;
}

const MAX_EXAMPLES = 20;

/**
 * Create a builder for the column `name`.
 *
 * @example
 * ```ts
 * const b = createColumnBuilder('age', { expectedRows: 1000 });
 * b.pushToken('31'); b.pushToken('NA');
 * b.finish().type; // 'integer'
 * ```
 */
export function createColumnBuilder(name: string, options: ColumnBuilderOptions = {}): ColumnBuilder {
  return new Builder(name, options);
}

class Builder implements ColumnBuilder {
  readonly name: string;
  length = 0;
  private readonly missing: ReadonlySet<string>;
  private readonly maxMissingLength: number;
  /** The non-empty missing tokens, compared byte by byte in string mode. */
  private readonly missingAscii: readonly string[];
  /** Some token is not plain printable ASCII: fall back to decoding short cells. */
  private readonly nonAsciiMissing: boolean;
  private readonly options: ColumnBuilderOptions;
  private mode: 'number' | 'string' = 'number';
  private numbers: Float64Array;
  private codes: Int32Array | null = null;
  private readonly dictionary = new ByteDictionary();
  private exceptions: InvalidValue[] = [];
  private readonly missingCounts = new Map<string, number>();
  private blankCells = 0;
  private readonly sourceTypes = new Set<'text' | 'number' | 'boolean' | 'datetime'>();

  constructor(name: string, options: ColumnBuilderOptions) {
    this.name = name;
    this.options = options;
    this.missing = options.missingTokens ?? DEFAULT_MISSING_TOKENS;
    let max = 0;
    for (const t of this.missing) max = Math.max(max, t.length);
    this.maxMissingLength = max;
    this.missingAscii = [...this.missing].filter((t) => t.length > 0);
    this.nonAsciiMissing = this.missingAscii.some((t) => /[^\x20-\x7e]/.test(t) || t.trim() !== t);
    this.numbers = new Float64Array(Math.max(16, options.expectedRows ?? 1024));
  }

  private room(): void {
    if (this.mode === 'number') {
      if (this.length === this.numbers.length) {
        const next = new Float64Array(this.numbers.length * 2);
        next.set(this.numbers);
        this.numbers = next;
      }
    } else {
      const codes = this.codes as Int32Array;
      if (this.length === codes.length) {
        const next = new Int32Array(codes.length * 2);
        next.set(codes);
        this.codes = next;
      }
    }
  }

  pushMissing(): void {
    this.room();
    if (this.mode === 'number') this.numbers[this.length] = Number.NaN;
    else (this.codes as Int32Array)[this.length] = -1;
    this.length++;
  }

  private countMissing(token: string): void {
    this.missingCounts.set(token, (this.missingCounts.get(token) ?? 0) + 1);
  }

  /** Returns true when the token was missing (and recorded). */
  private checkMissing(token: string): boolean {
    if (token.length <= this.maxMissingLength + 8) {
      const trimmed = token.trim();
      if (trimmed.length === 0 && token.length > 0) {
        this.blankCells++;
        this.pushMissing();
        return true;
      }
      if (trimmed.length <= this.maxMissingLength && this.missing.has(trimmed)) {
        this.countMissing(trimmed);
        this.pushMissing();
        return true;
      }
    }
    return false;
  }

  /**
   * The missing-token check on bytes: trims spaces, then compares with the ASCII tokens byte by byte, so
   * ordinary short categories are not decoded. Records and pushes the missing cell when it is one.
   */
  private missingBytes(
    buf: Uint8Array,
    start: number,
    end: number,
    decode: (b: Uint8Array, s: number, e: number) => string,
  ): boolean {
    if (this.nonAsciiMissing) return this.checkMissing(decode(buf, start, end));
    let s = start;
    let e = end;
    while (s < e && (buf[s] === 32 || buf[s] === 9)) s++;
    while (e > s && (buf[e - 1] === 32 || buf[e - 1] === 9)) e--;
    if (s === e) {
      this.blankCells++;
      this.pushMissing();
      return true;
    }
    const length = e - s;
    if (length > this.maxMissingLength) return false;
    for (const token of this.missingAscii) {
      if (token.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (buf[s + i] !== token.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) {
        this.countMissing(token);
        this.pushMissing();
        return true;
      }
    }
    return false;
  }

  pushToken(token: string): void {
    this.sourceTypes.add('text');
    if (this.checkMissing(token)) return;
    if (this.mode === 'number') {
      const v = parseNumberString(token);
      if (v === v) {
        this.room();
        this.numbers[this.length++] = v;
        return;
      }
      this.numberException(token);
      return;
    }
    this.pushString(token);
  }

  pushBytes(
    buf: Uint8Array,
    start: number,
    end: number,
    decode: (b: Uint8Array, s: number, e: number) => string,
  ): void {
    if (start === end) {
      if (this.missing.has('')) {
        this.countMissing('');
        this.pushMissing();
      } else {
        this.pushString('');
      }
      return;
    }
    if (this.mode === 'number') {
      const v = parseNumberBytes(buf, start, end);
      if (v === v) {
        if (this.length === this.numbers.length) this.room();
        this.numbers[this.length++] = v;
        return;
      }
      const token = decode(buf, start, end);
      if (this.checkMissing(token)) return;
      this.numberException(token);
      return;
    }
    // String mode: look the bytes up without making a string; decode only new values.
    if (end - start <= this.maxMissingLength + 8 && this.missingBytes(buf, start, end, decode)) return;
    this.room();
    (this.codes as Int32Array)[this.length++] = this.dictionary.codeOfBytes(buf, start, end, decode);
  }

  pushValue(value: unknown): void {
    if (value === null || value === undefined) {
      this.pushMissing();
      return;
    }
    switch (typeof value) {
      case 'number':
        this.sourceTypes.add('number');
        if (Number.isNaN(value)) {
          this.pushMissing();
        } else if (this.mode === 'number') {
          this.room();
          this.numbers[this.length++] = value;
        } else {
          this.pushString(String(value));
        }
        return;
      case 'bigint':
        this.sourceTypes.add('number');
        if (value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(-Number.MAX_SAFE_INTEGER)) {
          this.pushValue(Number(value));
        } else {
          this.pushTyped(String(value));
        }
        return;
      case 'boolean':
        this.sourceTypes.add('boolean');
        this.pushTyped(value ? 'true' : 'false');
        return;
      case 'string':
        this.pushToken(value);
        return;
      default:
        if (value instanceof Date) {
          this.sourceTypes.add('datetime');
          if (Number.isNaN(value.getTime())) this.pushMissing();
          else this.pushTyped(value.toISOString());
          return;
        }
        this.sourceTypes.add('text');
        this.pushTyped(JSON.stringify(value));
    }
  }

  /** A non-number typed value: straight to string mode (no missing-token matching). */
  private pushTyped(text: string): void {
    if (this.mode === 'number') this.toStringMode();
    this.pushString(text);
  }

  private numberException(token: string): void {
    const verdict = lastVerdict;
    if (verdict === LEADING_ZERO || verdict === TOO_MANY_DIGITS) {
      this.toStringMode();
      this.pushString(token);
      return;
    }
    this.exceptions.push({ row: this.length, value: token });
    this.room();
    this.numbers[this.length++] = Number.NaN;
    if (this.exceptions.length > 50 && this.exceptions.length > this.length * 0.01) {
      this.toStringMode();
    }
  }

  private pushString(token: string): void {
    this.room();
    (this.codes as Int32Array)[this.length++] = this.dictionary.codeOf(token);
  }

  /** Re-encode everything pushed so far as strings; exceptions get their original text back. */
  private toStringMode(): void {
    if (this.mode === 'string') return;
    const capacity = Math.max(this.numbers.length, 16);
    const codes = new Int32Array(capacity);
    const numbers = this.numbers;
    for (let i = 0; i < this.length; i++) {
      const v = numbers[i];
      codes[i] = v !== v ? -1 : this.dictionary.codeOf(String(v));
    }
    for (const e of this.exceptions) codes[e.row] = this.dictionary.codeOf(e.value);
    this.exceptions = [];
    this.codes = codes;
    this.numbers = new Float64Array(0);
    this.mode = 'string';
  }

  finish(): Column {
    const info = {
      missingTokens: Object.fromEntries(this.missingCounts),
      blankCells: this.blankCells,
      sourceType: this.sourceTypes.size > 1 ? ('mixed' as const) : ([...this.sourceTypes][0] ?? 'text'),
    };
    const declared = this.options.declaredType;
    if (declared) {
      if (this.mode === 'number' && this.exceptions.length > 0 && declared !== 'numeric' && declared !== 'integer') {
        this.toStringMode();
      }
      return declareType(this.name, declared, this.numberState(), this.stringState(), info, this.options.source);
    }
    if (this.mode === 'number') {
      const exceptions = this.exceptions.length;
      const commaNumbers = this.exceptions.every((e) => !Number.isNaN(parseDecimalComma(e.value)));
      if (exceptions > 0 && (exceptions > 0.05 * this.nonMissingNumbersAndExceptions() || commaNumbers)) {
        // Too many non-numbers for a numeric column with a few stray cells (or decimal commas): read as text.
        this.toStringMode();
      } else {
        return this.finishNumbers(info);
      }
    }
    const { codes, dictionary } = this.stringState();
    return finishStrings(this.name, codes, dictionary, info);
  }

  private nonMissingNumbersAndExceptions(): number {
    let n = 0;
    for (let i = 0; i < this.length; i++) if (this.numbers[i] === this.numbers[i]) n++;
    return n + this.exceptions.length;
  }

  private numberState(): { values: Float64Array; exceptions: readonly InvalidValue[] } | null {
    if (this.mode !== 'number') return null;
    return { values: trimmed(this.numbers, this.length), exceptions: this.exceptions };
  }

  private stringState(): { codes: Int32Array; dictionary: readonly string[] } {
    if (this.mode === 'number') {
      return { codes: new Int32Array(0), dictionary: [] };
    }
    return { codes: trimmed(this.codes as Int32Array, this.length), dictionary: this.dictionary.values() };
  }

  private finishNumbers(base: {
    missingTokens: Record<string, number>;
    blankCells: number;
    sourceType: 'text' | 'number' | 'boolean' | 'datetime' | 'mixed';
  }): Column {
    const values = trimmed(this.numbers, this.length);
    let parsed = 0;
    let whole = true;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) {
        parsed++;
        if (whole && !Number.isInteger(v)) whole = false;
      }
    }
    const evidence = [`${parsed} of ${this.length} cells parse as ${whole ? 'integers' : 'numbers'}`];
    if (this.exceptions.length > 0) {
      evidence.push(`${this.exceptions.length} cells are not numbers and were read as missing (mixed types)`);
    }
    let type: 'integer' | 'numeric' | 'id' = whole ? 'integer' : 'numeric';
    if (whole && looksLikeIdName(this.name) && parsed >= 20 && allDistinct(values)) {
      type = 'id';
      evidence.push('every value is distinct and the name says it is a key');
    }
    return numberColumn(this.name, values, type, {
      ...base,
      evidence,
      invalidCount: this.exceptions.length,
      invalidExamples: this.exceptions.slice(0, MAX_EXAMPLES),
    });
  }
}

/**
 * Whether a column name says it is a key (`id`, `customerID`, `kunden_nr`, `key`, …).
 *
 * @example
 * ```ts
 * looksLikeIdName('customerID'); // true
 * ```
 */
export function looksLikeIdName(name: string): boolean {
  return (
    /(^|[^a-z])(id|key|uuid|guid)$|id$|^id[^a-z]|(_|\b)(nr|no|number|nummer)$/i.test(name) &&
    !/^(paid|valid|void)$/i.test(name)
  );
}

/**
 * The first `length` entries: a view when the spare capacity is small (no copy, no transient doubling of
 * memory), a compact copy otherwise.
 */
function trimmed<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (array.length === length) return array;
  return (array.length <= length * 1.25 ? array.subarray(0, length) : array.slice(0, length)) as T;
}

function allDistinct(values: Float64Array): boolean {
  const sorted = values.filter((v) => v === v).sort();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return false;
  return true;
}
