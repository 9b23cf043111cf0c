/**
 * @module fairness/fairness-summary
 * Plain-language statements about a fairness result, from the message catalogue (English or German), each
 * with its id and figures so the report, the CLI and the API say the same thing. For example: "sex = Female
 * is selected 2.9× less often than sex = Male at this threshold (8.6 % vs 25.4 %)." and "The four-fifths rule
 * is violated (disparate impact 0.34, 95 % CI 0.31–0.37). Options: reweighing, per-group thresholds."
 *
 * @example
 * ```ts
 * import { fairnessSummary } from './fairness-summary.js';
 * fairnessSummary(groupFairness(p, y, sex, { attribute: 'sex' })).map((s) => s.text);
 * ```
 */
import { type Language, type MessageId, type MessageParams, formatMessage } from '../util/messages.js';
import type { DataBias } from './data-bias.js';
import type { GroupFairness } from './group-fairness.js';

/** One statement: catalogue id, figures and the rendered text. */
export interface SummaryStatement {
  readonly id: MessageId;
  readonly params: MessageParams;
  readonly text: string;
}

/** Selection rates closer than this ratio (min/max) are called similar rather than "n× less often". */
const SIMILAR_RATIO = 0.95;
/** Label-rate gaps |DPL| from this size are stated before training. */
const DPL_STATED = 0.1;

/**
 * The statements about one attribute after training (small groups, selection-rate gap, four-fifths rule,
 * equal opportunity).
 *
 * @example
 * ```ts
 * fairnessSummary(result, 'de')[0].text;
 * ```
 */
export function fairnessSummary(result: GroupFairness, lang: Language = 'en'): SummaryStatement[] {
  const column = result.attribute ?? 'group';
  const out: SummaryStatement[] = [];
  const say = (id: MessageId, params: MessageParams) => out.push({ id, params, text: formatMessage(id, params, lang) });
  const pct = (x: number) => formatNumber(x * 100, 1, lang) + ' %';
  const num = (x: number, d = 2) => formatNumber(x, d, lang);
  if (result.excluded.length > 0) {
    say('fairness.summary.smallGroups', {
      column,
      count: result.excluded.length,
      min: result.minGroupRows,
      names: result.excluded.join(', '),
    });
  }
  const dp = result.gaps.demographicParityDifference;
  const ratio = result.gaps.demographicParityRatio;
  if (dp.value !== dp.value || dp.low === null || dp.high === null) {
    say('fairness.summary.notJudged', { column, min: result.minGroupRows });
    return out;
  }
  const rateOf = (g: string) => result.groups.find((f) => f.group === g)?.selectionRate ?? Number.NaN;
  const lowRate = rateOf(dp.low);
  const highRate = rateOf(dp.high);
  if (ratio.value >= SIMILAR_RATIO) {
    say('fairness.summary.similarRates', {
      column,
      gap: num(dp.value * 100, 1),
      low: dp.low,
      lowRate: pct(lowRate),
      high: dp.high,
      highRate: pct(highRate),
    });
  } else {
    say('fairness.summary.selectedLess', {
      column,
      low: dp.low,
      high: dp.high,
      times: lowRate > 0 ? num(highRate / lowRate, 1) : '∞',
      lowRate: pct(lowRate),
      highRate: pct(highRate),
    });
  }
  const ci = ratio.ci ?? [Number.NaN, Number.NaN];
  say(result.fourFifthsViolated ? 'fairness.summary.fourFifthsViolated' : 'fairness.summary.fourFifthsHeld', {
    ratio: num(ratio.value),
    low: num(ci[0]),
    high: num(ci[1]),
  });
  const eop = result.gaps.equalOpportunityDifference;
  if (eop.value === eop.value && eop.low !== null && eop.high !== null) {
    const eci = eop.ci ?? [Number.NaN, Number.NaN];
    say('fairness.summary.equalOpportunity', {
      column,
      low: eop.low,
      high: eop.high,
      gap: num(eop.value * 100, 1),
      ciLow: num(eci[0] * 100, 1),
      ciHigh: num(eci[1] * 100, 1),
    });
  }
  return out;
}

/**
 * The statements about the data before training: each judged group whose label rate differs from the
 * largest group's by 10 points or more (|DPL| ≥ 0.1).
 *
 * @example
 * ```ts
 * dataBiasSummary(dataBias(sex, y), 'sex')[0].text; // 'Before training: sex = Female has a label rate of 10.9 % …'
 * ```
 */
export function dataBiasSummary(bias: DataBias, column: string, lang: Language = 'en'): SummaryStatement[] {
  const ref = bias.groups.find((g) => g.group === bias.reference);
  return bias.groups
    .filter((g) => !g.small && g.group !== bias.reference && Math.abs(g.dpl) >= DPL_STATED)
    .map((g) => {
      const params = {
        column,
        group: g.group,
        rate: formatNumber(g.labelRate * 100, 1, lang) + ' %',
        reference: bias.reference,
        refRate: formatNumber((ref?.labelRate ?? Number.NaN) * 100, 1, lang) + ' %',
        dpl: formatNumber(g.dpl, 2, lang),
      };
      return {
        id: 'fairness.summary.labelGap' as const,
        params,
        text: formatMessage('fairness.summary.labelGap', params, lang),
      };
    });
}

function formatNumber(x: number, digits: number, lang: Language): string {
  if (x !== x) return '–';
  const s = x.toFixed(digits);
  return lang === 'de' ? s.replace('.', ',') : s;
}
