/**
 * @module fairness/row-groups
 * Group new rows (at prediction time) the way a stored `GroupSpec` says — the same category labels, the same
 * bands — so stored per-group thresholds apply to them. Unlike `sensitiveGroups` this does not judge: a
 * single row, or rows of one group only, are fine. Category values come by label, booleans as `false` /
 * `true`, banded numbers by the stored edges, other numbers as their value, datetimes as their year; a
 * missing value is `(missing)`.
 *
 * @example
 * ```ts
 * import { rowGroups } from './row-groups.js';
 * const groups = rowGroups(newTable, stored.spec);
 * applyGroupThresholds(scores, groups, stored);
 * ```
 */
import { BOOLEAN_MISSING } from '../data/column.js';
import { type Table, getColumn, hasColumn, storageRow } from '../data/table.js';
import { MISSING_GROUP, bandOf } from '../quality/sensitive-groups.js';
import { ValidationError } from '../util/errors.js';
import { type GroupInput, type GroupSpec, INTERSECTION_SEPARATOR, groupsFromLabels } from './groups.js';

/**
 * The group label of every visible row under `spec` (labels in first-seen order).
 *
 * @example
 * ```ts
 * rowGroups(table, { name: 'age', columns: ['age'], bands: { age: { edges: [30], labels: ['< 30', '≥ 30'] } } });
 * ```
 */
export function rowGroups(table: Table, spec: GroupSpec): GroupInput {
  const names = table.columns.map((c) => c.name);
  const parts = spec.columns.map((name) => {
    if (!hasColumn(table, name))
      throw new ValidationError('fairness.unknownColumn', { column: name, columns: names.join(', ') });
    return cellLabels(table, name, spec);
  });
  const labels = Array.from({ length: table.rowCount }, (_, i) => parts.map((p) => p[i]).join(INTERSECTION_SEPARATOR));
  return groupsFromLabels(labels);
}

function cellLabels(table: Table, name: string, spec: GroupSpec): string[] {
  const column = getColumn(table, name);
  const band = Object.hasOwn(spec.bands, name) ? spec.bands[name] : undefined;
  const out: string[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const r = storageRow(table, i);
    switch (column.storage) {
      case 'category': {
        const c = column.codes[r];
        out.push(c < 0 ? MISSING_GROUP : column.dictionary[c]);
        break;
      }
      case 'boolean': {
        const v = column.values[r];
        out.push(v === BOOLEAN_MISSING ? MISSING_GROUP : v ? 'true' : 'false');
        break;
      }
      default: {
        const v = column.values[r];
        if (v !== v) out.push(MISSING_GROUP);
        else if (band) out.push(band.labels[bandOf(band.edges, v)]);
        else if (column.storage === 'datetime') out.push(String(new Date(v).getUTCFullYear()));
        else out.push(String(v));
      }
    }
  }
  return out;
}
