/**
 * @module data/csv/header-names
 * Turns the raw cells of a header row into usable, unique column names: surrounding spaces are removed, an
 * empty name becomes `column_N` (N = 1-based position), and a repeated name gets `_2`, `_3`, … — each change
 * with a note, never silently. Files without a header get `column_1 … column_N`.
 *
 * @example
 * ```ts
 * import { headerNames } from './header-names.js';
 * headerNames(['id', ' age ', '', 'id'], 'a.csv').names; // ['id', 'age', 'column_3', 'id_2']
 * ```
 */
import { formatMessage } from '../../util/messages.js';

/** Column names and the notes about what was changed. */
export interface HeaderNames {
  readonly names: readonly string[];
  readonly notes: readonly string[];
}

/**
 * Clean and de-duplicate header cells.
 *
 * @example
 * ```ts
 * headerNames(['a', 'a'], 'x.csv').notes; // ['x.csv: the header names column a twice; renamed the second to a_2']
 * ```
 */
export function headerNames(raw: readonly string[], file: string): HeaderNames {
  const notes: string[] = [];
  let trimmed = 0;
  const cleaned = raw.map((cell, j) => {
    const t = cell.trim();
    if (t !== cell && t !== '') trimmed++;
    if (t !== '') return t;
    const name = generatedName(j);
    notes.push(formatMessage('csv.note.emptyHeader', { index: j + 1, name }));
    return name;
  });
  if (trimmed > 0) notes.push(formatMessage('csv.note.trimmedHeader', { count: trimmed }));
  const taken = new Set(cleaned);
  const seen = new Set<string>();
  const names = cleaned.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let k = 2;
    while (taken.has(`${name}_${k}`)) k++;
    const renamed = `${name}_${k}`;
    taken.add(renamed);
    seen.add(renamed);
    notes.push(formatMessage('csv.duplicateHeader', { file, name, renamed }));
    return renamed;
  });
  return { names, notes };
}

/**
 * The generated name of the column at 0-based position `index`: `column_1`, `column_2`, …
 *
 * @example
 * ```ts
 * generatedName(0); // 'column_1'
 * ```
 */
export function generatedName(index: number): string {
  return `column_${index + 1}`;
}

/**
 * Names for a file without a header.
 *
 * @example
 * ```ts
 * generatedNames(3); // ['column_1', 'column_2', 'column_3']
 * ```
 */
export function generatedNames(count: number): string[] {
  return Array.from({ length: count }, (_, j) => generatedName(j));
}
