/**
 * @module data/infer/byte-dictionary
 * The dictionary of a category column under construction: string → code, plus a hash table keyed by the raw
 * bytes of a cell so that a repeated category is found without decoding a string (most cells of a CSV's
 * categorical columns are repeats).
 *
 * @example
 * ```ts
 * import { ByteDictionary } from './byte-dictionary.js';
 * const d = new ByteDictionary();
 * d.codeOf('yes'); // 0
 * d.codeOfBytes(new TextEncoder().encode('yes'), 0, 3, (b, s, e) => new TextDecoder().decode(b.subarray(s, e))); // 0
 * ```
 */
export class ByteDictionary {
  private readonly map = new Map<string, number>();
  private readonly list: string[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private entryHash = new Uint32Array(256);
  private entryStart = new Int32Array(256);
  private entryLength = new Int32Array(256);
  private entryCode = new Int32Array(256);
  private entries = 0;
  private pool = new Uint8Array(16_384);
  private poolUsed = 0;

  /** Number of distinct values. */
  get size(): number {
    return this.list.length;
  }

  /** The values in code order. */
  values(): readonly string[] {
    return this.list;
  }

  /** The code of a string, adding it when new. */
  codeOf(text: string): number {
    let code = this.map.get(text);
    if (code === undefined) {
      code = this.list.length;
      this.list.push(text);
      this.map.set(text, code);
    }
    return code;
  }

  /** The code of the value whose bytes are `buf[start, end)`; `decode` runs only for bytes not seen before. */
  codeOfBytes(
    buf: Uint8Array,
    start: number,
    end: number,
    decode: (b: Uint8Array, s: number, e: number) => string,
  ): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    h >>>= 0;
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = h & mask;
    for (;;) {
      const e = this.slots[slot];
      if (e < 0) break;
      if (this.entryHash[e] === h && this.entryLength[e] === length && this.sameBytes(e, buf, start, length)) {
        return this.entryCode[e];
      }
      slot = (slot + 1) & mask;
    }
    const code = this.codeOf(decode(buf, start, end));
    this.addEntry(slot, h, buf, start, length, code);
    return code;
  }

  private sameBytes(entry: number, buf: Uint8Array, start: number, length: number): boolean {
    const at = this.entryStart[entry];
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }

  private addEntry(slot: number, h: number, buf: Uint8Array, start: number, length: number, code: number): void {
    const e = this.entries;
    if (e === this.entryHash.length) {
      this.entryHash = grow(this.entryHash, Uint32Array);
      this.entryStart = grow(this.entryStart, Int32Array);
      this.entryLength = grow(this.entryLength, Int32Array);
      this.entryCode = grow(this.entryCode, Int32Array);
    }
    while (this.poolUsed + length > this.pool.length) this.pool = grow(this.pool, Uint8Array);
    this.pool.set(buf.subarray(start, start + length), this.poolUsed);
    this.entryHash[e] = h;
    this.entryStart[e] = this.poolUsed;
    this.entryLength[e] = length;
    this.entryCode[e] = code;
    this.poolUsed += length;
    this.entries++;
    this.slots[slot] = e;
    if (this.entries * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.entries; e++) {
      let slot = this.entryHash[e] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
    this.slots = slots;
  }
}

type TypedCtor<T> = new (length: number) => T;

function grow<T extends Uint8Array | Int32Array | Uint32Array>(array: T, Ctor: TypedCtor<T>): T {
  const next = new Ctor(array.length * 2);
  next.set(array);
  return next;
}
