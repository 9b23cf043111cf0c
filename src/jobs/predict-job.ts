/**
 * @module jobs/predict-job
 * `predict` with the registry: load a registered model (by id, name, or name@version; the artefact's sha256 is
 * checked), score a table, and add the result columns — `score` (P(positive), or the prediction of a
 * regression), `decile` (1 = top 10 % of training scores), `decision` (when the model carries a threshold),
 * `predicted` and `p_<class>` for classification. Every input row is kept, in order; values the model could
 * not read are counted and reported, never dropped. The run is recorded for lineage.
 *
 * @example
 * ```ts
 * import { runPredictJob } from './predict-job.js';
 * const { table: scored, issues } = await runPredictJob({ projectDir: '.', model: 'bank-y@latest', table, files: ['new.csv'] });
 * ```
 */
import { explainRows } from '../automl/explain-bundle.js';
import { type LoadedBundle, type ScoredRows, loadBundle, scoreTable } from '../automl/model-bundle.js';
import { type Column, categoryColumn, numberColumn } from '../data/column.js';
import { readTable } from '../data/read-table.js';
import { type Table, hasColumn, withColumns } from '../data/table.js';
import type { PipelineIssue } from '../features/index.js';
import { loadOrCreateProjectKey } from '../quality/clean/project-key.js';
import { type ModelRecord, finishRun, getModel, loadModelArtifact, openProject, startRun } from '../store/index.js';
import type { Language } from '../util/messages.js';

/** Inputs of a prediction job. */
export interface PredictJobInput {
  readonly projectDir: string;
  /** Model id, name (latest version), or name@version. */
  readonly model: string;
  readonly table: Table;
  readonly files?: readonly string[];
  readonly databaseUrl?: string;
  readonly codeVersion?: string;
  /** Add a `reasons` column with the top-k reason codes of every row. */
  readonly explain?: number;
  readonly lang?: Language;
}

/** Outputs of a prediction job. */
export interface PredictJobOutput {
  /** The input table with the result columns added. */
  readonly table: Table;
  readonly scored: ScoredRows;
  readonly issues: readonly PipelineIssue[];
  readonly model: ModelRecord;
  readonly loaded: LoadedBundle;
}

function freeName(table: Table, name: string): string {
  let out = name;
  while (hasColumn(table, out)) out = `${out}_`;
  return out;
}

/**
 * The result columns of a scored table.
 *
 * @example
 * ```ts
 * resultColumns(table, loaded, scored).map((c) => c.name); // ['score', 'decile', 'predicted']
 * ```
 */
export function resultColumns(table: Table, loaded: LoadedBundle, scored: ScoredRows): Column[] {
  const { bundle } = loaded;
  const out: Column[] = [];
  const n = scored.rows;
  const classes = bundle.classes ?? [];
  if (bundle.task === 'multiclass') {
    const k = classes.length;
    classes.forEach((c, j) => {
      out.push(
        numberColumn(
          freeName(table, `p_${c}`),
          Float64Array.from({ length: n }, (_, i) => scored.scores[i * k + j]),
          'numeric',
        ),
      );
    });
  } else {
    out.push(numberColumn(freeName(table, 'score'), scored.scores, 'numeric'));
  }
  if (scored.deciles) {
    out.push(numberColumn(freeName(table, 'decile'), Float64Array.from(scored.deciles), 'integer'));
  }
  if (scored.predicted && classes.length > 0) {
    out.push(categoryColumn(freeName(table, 'predicted'), Int32Array.from(scored.predicted), classes));
  }
  if (scored.decisions) {
    out.push(categoryColumn(freeName(table, 'decision'), Int32Array.from(scored.decisions), ['skip', 'contact']));
  }
  return out;
}

/**
 * Score a table with a registered model.
 *
 * @throws NotFoundError for an unknown model; ValidationError `features.missingColumns` when the table lacks
 *   input columns of the model.
 * @example
 * ```ts
 * await runPredictJob({ projectDir: 'proj', model: 'm_abc123def456', table });
 * ```
 */
export async function runPredictJob(input: PredictJobInput): Promise<PredictJobOutput> {
  const project = await openProject(input.projectDir, { create: false, databaseUrl: input.databaseUrl });
  try {
    const model = await getModel(project, input.model);
    const loaded = loadBundle(await loadModelArtifact(project, model));
    const key = await loadOrCreateProjectKey(input.projectDir);
    const run = await startRun(project, {
      kind: 'predict',
      params: { model: model.id, files: input.files ?? [], rows: input.table.rowCount },
      codeVersion: input.codeVersion ?? 'unknown',
    });
    let scored: ScoredRows;
    try {
      scored = scoreTable(loaded, input.table, { key });
    } catch (error) {
      await finishRun(project, run.id, {
        status: 'failed',
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    await finishRun(project, run.id, {
      status: 'succeeded',
      metrics: { rows: scored.rows, issues: scored.issues },
    });
    const columns = resultColumns(input.table, loaded, scored);
    if (input.explain !== undefined && input.explain > 0) {
      const { reasons } = explainRows(loaded, input.table, { key, k: input.explain, lang: input.lang });
      const texts = reasons.map((r) => [...r.up, ...r.down].map((x) => x.text).join('; '));
      const dictionary = [...new Set(texts)];
      const code = new Map(dictionary.map((t, i) => [t, i]));
      columns.push(
        categoryColumn(
          freeName(input.table, 'reasons'),
          Int32Array.from(texts, (t) => code.get(t) as number),
          dictionary,
          'text',
        ),
      );
    }
    const table = withColumns(input.table, columns);
    return { table, scored, issues: scored.issues, model, loaded };
  } finally {
    await project.close();
  }
}

/**
 * Score a file (or a table) with a registered model: the library form of `leitwerk predict`. Returns the table
 * with the result columns; write it with `writeTable`.
 *
 * @example
 * ```ts
 * import { predict, writeTable } from 'leitwerk';
 * const { table } = await predict('telco-Churn@latest', 'new-customers.csv', { project: 'my-project' });
 * await writeTable(table, 'scored.csv');
 * ```
 */
export async function predict(
  model: string,
  data: string | Table,
  options: { readonly project?: string; readonly databaseUrl?: string } = {},
): Promise<PredictJobOutput> {
  const table = typeof data === 'string' ? await readTable(data) : data;
  return runPredictJob({
    projectDir: options.project ?? '.',
    model,
    table,
    files: typeof data === 'string' ? [data] : [],
    databaseUrl: options.databaseUrl,
  });
}
