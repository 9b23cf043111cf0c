/**
 * @module jobs/model-checks
 * Looking at a registered model on a file: `explainModelOnTable` (SHAP on input columns: global importance and
 * the reasons behind the first rows) and `fairnessOnTable` (the model's decisions per sensitive group on
 * labelled rows, with the gaps and their bootstrap intervals). Both load the model by reference, checking the
 * artefact's sha256.
 *
 * @example
 * ```ts
 * import { fairnessOnTable } from './model-checks.js';
 * const f = await fairnessOnTable({ projectDir: '.', model: 'adult-income', table, sensitive: ['sex', 'race'] });
 * f.assessment.attributes[0].fairness.gaps.demographicParityDifference;
 * ```
 */
import {
  type BundleExplanation,
  type TablePartialDependence,
  explainRows,
  partialDependenceOnTable,
} from '../automl/explain-bundle.js';
import { type LoadedBundle, loadBundle, scoreTable } from '../automl/model-bundle.js';
import { type Table, hasColumn, takeRows } from '../data/table.js';
import { type FairnessAssessment, assessFairness, sensitiveGroups } from '../fairness/index.js';
import { targetInfo } from '../quality/target-info.js';
import { loadOrCreateProjectKey } from '../quality/clean/project-key.js';
import { type ModelRecord, getModel, loadModelArtifact, openProject } from '../store/index.js';
import { ValidationError } from '../util/errors.js';
import type { Language } from '../util/messages.js';

/**
 * Load a registered model (sha256 checked) and the project key.
 *
 * @example
 * ```ts
 * const { model, loaded } = await loadRegisteredModel('.', 'telco-Churn@latest');
 * ```
 */
export async function loadRegisteredModel(
  projectDir: string,
  ref: string,
  databaseUrl?: string,
): Promise<{ readonly model: ModelRecord; readonly loaded: LoadedBundle; readonly key: Uint8Array }> {
  const project = await openProject(projectDir, { create: false, databaseUrl });
  try {
    const model = await getModel(project, ref);
    const loaded = loadBundle(await loadModelArtifact(project, model));
    return { model, loaded, key: await loadOrCreateProjectKey(projectDir) };
  } finally {
    await project.close();
  }
}

/** Global and local explanations of a model on a table. */
export interface TableExplanation {
  readonly model: ModelRecord;
  readonly explanation: BundleExplanation;
  /** Mean |SHAP| per input column, largest first. */
  readonly importance: readonly { readonly feature: string; readonly meanAbs: number }[];
  /** Partial dependence and ICE curves of the three most important columns. */
  readonly partialDependence: readonly TablePartialDependence[];
}

/**
 * Explain a model on (up to `rows`) rows of a table.
 *
 * @example
 * ```ts
 * const e = await explainModelOnTable({ projectDir: '.', model: 'bank-y', table, rows: 1000, k: 3 });
 * e.importance[0]; // { feature: 'duration', meanAbs: 1.42 }
 * ```
 */
export async function explainModelOnTable(input: {
  readonly projectDir: string;
  readonly model: string;
  readonly table: Table;
  readonly rows?: number;
  readonly k?: number;
  readonly lang?: Language;
  readonly databaseUrl?: string;
}): Promise<TableExplanation> {
  const { model, loaded, key } = await loadRegisteredModel(input.projectDir, input.model, input.databaseUrl);
  const limit = Math.min(input.table.rowCount, input.rows ?? 1000);
  const table =
    limit < input.table.rowCount
      ? takeRows(
          input.table,
          Array.from({ length: limit }, (_, i) => i),
        )
      : input.table;
  const explanation = explainRows(loaded, table, { key, k: input.k ?? 3, lang: input.lang });
  const F = explanation.features.length;
  const sums = new Float64Array(F);
  for (let i = 0; i < explanation.rowCount; i++)
    for (let j = 0; j < F; j++) sums[j] += Math.abs(explanation.values[i * F + j]);
  const importance = explanation.features
    .map((feature, j) => ({ feature, meanAbs: sums[j] / Math.max(1, explanation.rowCount) }))
    .sort((a, b) => b.meanAbs - a.meanAbs);
  const partialDependence = importance
    .slice(0, 3)
    .map((i) => partialDependenceOnTable(loaded, table, i.feature, { key, rows: 300, ice: 10 }));
  return { model, explanation, importance, partialDependence };
}

/**
 * Fairness of a binary model's decisions on labelled rows (the target column must be in the table).
 *
 * @throws ValidationError for a model that is not binary, a missing target column, or unusable sensitive columns.
 * @example
 * ```ts
 * await fairnessOnTable({ projectDir: '.', model: 'm_x', table, sensitive: ['sex'] });
 * ```
 */
export async function fairnessOnTable(input: {
  readonly projectDir: string;
  readonly model: string;
  readonly table: Table;
  readonly sensitive: readonly string[];
  readonly bands?: Readonly<Record<string, readonly number[]>>;
  readonly lang?: Language;
  readonly seed?: number;
  readonly databaseUrl?: string;
}): Promise<{ readonly model: ModelRecord; readonly assessment: FairnessAssessment }> {
  const { model, loaded, key } = await loadRegisteredModel(input.projectDir, input.model, input.databaseUrl);
  const { bundle } = loaded;
  if (bundle.task !== 'binary') {
    throw new ValidationError('option.invalid', { name: 'MODEL', expected: 'a binary model', got: bundle.task });
  }
  if (!hasColumn(input.table, bundle.target)) {
    throw new ValidationError('train.noTarget', {
      target: bundle.target,
      columns: input.table.columns.map((c) => c.name).join(', '),
    });
  }
  const info = targetInfo(input.table, bundle.target, bundle.positive ?? undefined);
  const rows: number[] = [];
  for (let i = 0; i < info.labels.length; i++) if (info.labels[i] >= 0) rows.push(i);
  const labelled = takeRows(input.table, rows);
  const labels = Float64Array.from(rows, (r) => (info.labels[r] === info.positive ? 1 : 0));
  const scored = scoreTable(loaded, labelled, { key });
  const attributes = sensitiveGroups(labelled, input.sensitive, {
    bands: input.bands,
    intersections: input.sensitive.length > 1,
  });
  const assessment = assessFairness(
    scored.scores,
    labels,
    attributes,
    {
      threshold: bundle.decision?.threshold ?? 0.5,
      groupThresholds: bundle.groupThresholds?.thresholds,
      replicates: 1000,
      seed: input.seed ?? 1,
    },
    input.lang,
  );
  return { model, assessment };
}
