/**
 * @module quality/clean/column-steps
 * The steps that work on whole columns: `drop-columns`, `rename-columns` and `pseudonymise`. A column they
 * name that is not in the table is an error (`schema.unknownColumn`), on replay as well: new data that lacks a
 * column the recipe was made for is not the data the model was trained on.
 *
 * @example
 * ```ts
 * import { dropColumnsStep } from './column-steps.js';
 * dropColumnsStep(table, { kind: 'drop-columns', columns: ['customerID'] }, { step: 1, mode: 'fit' });
 * ```
 */
import { renameColumn } from '../../data/column.js';
import { createTable, dropColumns, getColumn } from '../../data/table.js';
import { ValidationError } from '../../util/errors.js';
import { pseudonymiseColumn } from './pseudonymise.js';
import type { DropColumnsStep, PseudonymiseStep, RenameColumnsStep } from './recipe.js';
import { type StepExecutor, replaceColumn } from './step-executor.js';

/**
 * `drop-columns`: remove the named columns.
 *
 * @example
 * ```ts
 * dropColumnsStep(table, { kind: 'drop-columns', columns: ['const'] }, ctx).columnsRemoved; // ['const']
 * ```
 */
export const dropColumnsStep: StepExecutor<DropColumnsStep> = (table, step) => ({
  table: dropColumns(table, step.columns),
  columnsRemoved: [...step.columns],
  messageId: 'clean.log.dropColumns',
  params: { columns: step.columns.join(', ') },
});

/**
 * `rename-columns`: old name → new name (swaps are allowed; two columns may not end with one name).
 *
 * @example
 * ```ts
 * renameColumnsStep(table, { kind: 'rename-columns', mapping: { y: 'subscribed' } }, ctx);
 * ```
 */
export const renameColumnsStep: StepExecutor<RenameColumnsStep> = (table, step, context) => {
  for (const from of Object.keys(step.mapping)) getColumn(table, from);
  const columns = table.columns.map((c) =>
    Object.hasOwn(step.mapping, c.name) ? renameColumn(c, step.mapping[c.name]) : c,
  );
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.name)) throw new ValidationError('recipe.renameClash', { step: context.step, column: c.name });
    seen.add(c.name);
  }
  const pairs = Object.entries(step.mapping).map(([from, to]) => `${from} → ${to}`);
  return {
    table: createTable(columns, table.source, table.index),
    messageId: 'clean.log.renameColumns',
    params: { pairs: pairs.join(', ') },
  };
};

/**
 * `pseudonymise`: replace every value of the columns by its keyed pseudonym. Needs `context.key`.
 *
 * @example
 * ```ts
 * pseudonymiseStep(table, { kind: 'pseudonymise', columns: ['email'] }, { step: 1, mode: 'fit', key });
 * ```
 */
export const pseudonymiseStep: StepExecutor<PseudonymiseStep> = (table, step, context) => {
  const columns = step.columns.map((name) => getColumn(table, name));
  if (context.key === undefined) {
    throw new ValidationError('recipe.noKey', { step: context.step, columns: step.columns.join(', ') });
  }
  let out = table;
  let changed = 0;
  const perColumn: string[] = [];
  for (const column of columns) {
    const r = pseudonymiseColumn(column, context.key, step.normalise ?? 'auto');
    out = replaceColumn(out, r.column);
    changed += r.changed;
    perColumn.push(`${column.name} (${r.changed})`);
  }
  return {
    table: out,
    cellsChanged: changed,
    messageId: 'clean.log.pseudonymise',
    params: { column: perColumn.join(', '), cells: changed },
  };
};
