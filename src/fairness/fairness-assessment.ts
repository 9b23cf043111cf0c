/**
 * @module fairness/fairness-assessment
 * Everything about the fairness of one scored model, per sensitive attribute, as one plain JSON object —
 * what `--json` prints and the report renders: how the groups were formed, the bias in the labels (Clarify's
 * CI and DPL), the per-group figures and gaps with bootstrap intervals at the threshold in use, the same
 * across thresholds, and the plain-language statements.
 *
 * @example
 * ```ts
 * import { assessFairness } from './fairness-assessment.js';
 * const attributes = sensitiveGroups(testTable, ['sex', 'age'], { intersections: true });
 * const result = assessFairness(scores, labels01, attributes, { threshold: 0.5, seed: 1 });
 * result.attributes[0].fairness.gaps.demographicParityDifference.ci; // [0.16, 0.18]
 * ```
 */
import type { Language } from '../util/messages.js';
import { type DataBias, dataBias } from './data-bias.js';
import { type SummaryStatement, dataBiasSummary, fairnessSummary } from './fairness-summary.js';
import { type FairnessOptions, type GroupFairness, groupFairness } from './group-fairness.js';
import type { GroupAttribute, GroupSpec } from './groups.js';
import { type ThresholdGrid, thresholdGrid } from './threshold-grid.js';

/** The assessment of one attribute. */
export interface AttributeAssessment {
  readonly name: string;
  readonly spec: GroupSpec;
  readonly groupings: readonly string[];
  /** Bias in the labels of the assessed rows. */
  readonly dataBias: DataBias;
  readonly fairness: GroupFairness;
  readonly grid: ThresholdGrid;
  readonly summary: readonly SummaryStatement[];
}

/** The assessment of every attribute. */
export interface FairnessAssessment {
  readonly rows: number;
  readonly threshold: number;
  readonly attributes: readonly AttributeAssessment[];
}

/**
 * Assess every attribute (per-group thresholds in `options.groupThresholds` apply to attributes whose
 * labels they name).
 *
 * @example
 * ```ts
 * assessFairness(p, y, [sex], { replicates: 1000, seed: 1 }, 'de').attributes[0].summary[0].text;
 * ```
 */
export function assessFairness(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  attributes: readonly GroupAttribute[],
  options: Omit<FairnessOptions, 'attribute'> & { readonly thresholds?: readonly number[] } = {},
  lang: Language = 'en',
): FairnessAssessment {
  const { thresholds, ...rest } = options;
  return {
    rows: scores.length,
    threshold: options.threshold ?? 0.5,
    attributes: attributes.map((a) => {
      const bias = dataBias(a, labels01, { minGroupRows: options.minGroupRows });
      const fairness = groupFairness(scores, labels01, a, { ...rest, attribute: a.name });
      return {
        name: a.name,
        spec: a.spec,
        groupings: a.groupings,
        dataBias: bias,
        fairness,
        grid: thresholdGrid(scores, labels01, a, { thresholds, minGroupRows: options.minGroupRows }),
        summary: [...dataBiasSummary(bias, a.name, lang), ...fairnessSummary(fairness, lang)],
      };
    }),
  };
}
