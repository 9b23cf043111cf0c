/**
 * @module report/train-charts
 * The chart specs of the training report, built on `lineChartSpec`: ROC and precision–recall curves,
 * cumulative gains against contacting at random, the profit curve with its best point marked, the reliability
 * curve against the diagonal, and the learning curve (training vs validation score over the training share).
 * Long curves are thinned to at most {@link MAX_CURVE_POINTS} points (evenly by index, first and last kept),
 * so a report over 45 000 rows stays small and the output stays the same for the same input.
 *
 * @example
 * ```ts
 * import { rocSpec } from './train-charts.js';
 * const svg = await renderChartSvg(rocSpec(result.curves!.roc, 'en'), { lang: 'en' });
 * ```
 */
import type { CalibrationSummary, MarketingValue, TrainResult } from '../automl/train-result.js';
import { formatMessage, type Language } from '../util/messages.js';
import { type LinePoint, type LineSeries, lineChartSpec } from './line-chart.js';
import type { VegaLiteSpec } from './render-chart.js';
import { formatMoney } from './train-format.js';

/** Curves are drawn with at most this many points. */
export const MAX_CURVE_POINTS = 400;

/**
 * Keep at most `max` points, evenly spaced by index, always with the first and the last.
 *
 * @example
 * ```ts
 * thinPoints([{ x: 0, y: 0 }, { x: 0.5, y: 0.7 }, { x: 1, y: 1 }], 2); // first and last
 * ```
 */
export function thinPoints(points: readonly LinePoint[], max = MAX_CURVE_POINTS): LinePoint[] {
  if (points.length <= max) return [...points];
  const out: LinePoint[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let k = 0; k < max; k++) out.push(points[Math.round(k * step)]);
  return out;
}

function zip(xs: readonly number[], ys: readonly number[]): LinePoint[] {
  const n = Math.min(xs.length, ys.length);
  const out: LinePoint[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) out.push({ x: xs[i], y: ys[i] });
  return out;
}

const UNIT = [0, 1] as const;

/**
 * ROC curve (false vs true positive rate) with the diagonal of a random model.
 *
 * @example
 * ```ts
 * rocSpec({ fpr: [0, 0.1, 1], tpr: [0, 0.8, 1] }, 'de');
 * ```
 */
export function rocSpec(roc: NonNullable<TrainResult['curves']>['roc'], lang: Language): VegaLiteSpec {
  return lineChartSpec([{ name: 'model', points: thinPoints(zip(roc.fpr, roc.tpr)) }], {
    xTitle: formatMessage('report.train.axis.fpr', {}, lang),
    yTitle: formatMessage('report.train.axis.tpr', {}, lang),
    xDomain: UNIT,
    yDomain: UNIT,
    diagonal: true,
    width: 300,
    height: 260,
  });
}

/**
 * Precision–recall curve; with a known positive rate, the flat line of a random model beside it.
 *
 * @example
 * ```ts
 * prSpec({ recall: [0, 0.5, 1], precision: [1, 0.6, 0.12] }, 0.117, 'en');
 * ```
 */
export function prSpec(
  pr: NonNullable<TrainResult['curves']>['pr'],
  positiveRate: number | null,
  lang: Language,
): VegaLiteSpec {
  const series: LineSeries[] = [
    { name: formatMessage('report.train.series.model', {}, lang), points: thinPoints(zip(pr.recall, pr.precision)) },
  ];
  if (positiveRate !== null && Number.isFinite(positiveRate)) {
    series.push({
      name: formatMessage('report.train.series.random', {}, lang),
      points: [
        { x: 0, y: positiveRate },
        { x: 1, y: positiveRate },
      ],
    });
  }
  return lineChartSpec(series, {
    xTitle: formatMessage('report.train.axis.recall', {}, lang),
    yTitle: formatMessage('report.train.axis.precision', {}, lang),
    xDomain: UNIT,
    yDomain: UNIT,
    width: 300,
    height: 260,
  });
}

/**
 * Cumulative gains of the model against contacting at random (the diagonal), from (0, 0).
 *
 * @example
 * ```ts
 * gainsSpec(result.marketing!.gains, 'en');
 * ```
 */
export function gainsSpec(gains: MarketingValue['gains'], lang: Language): VegaLiteSpec {
  const points = gains.map((g) => ({ x: g.share, y: g.captured }));
  if (points.length === 0 || points[0].x !== 0) points.unshift({ x: 0, y: 0 });
  return lineChartSpec(
    [
      { name: formatMessage('report.train.series.model', {}, lang), points: thinPoints(points) },
      {
        name: formatMessage('report.train.series.random', {}, lang),
        points: [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
      },
    ],
    {
      xTitle: formatMessage('report.train.axis.contacted', {}, lang),
      yTitle: formatMessage('report.train.axis.captured', {}, lang),
      xDomain: UNIT,
      yDomain: UNIT,
      xFormat: '.0%',
      yFormat: '.0%',
      width: 300,
      height: 260,
    },
  );
}

/**
 * Profit over the share contacted, with the profit-maximising point marked and labelled with its profit.
 *
 * @example
 * ```ts
 * profitSpec(result.marketing!.profit!, 'de');
 * ```
 */
export function profitSpec(profit: NonNullable<MarketingValue['profit']>, lang: Language): VegaLiteSpec {
  const points = profit.curve.map((p) => ({ x: p.share, y: p.profit }));
  return lineChartSpec([{ name: 'profit', points: thinPoints(points) }], {
    xTitle: formatMessage('report.train.axis.contacted', {}, lang),
    yTitle: formatMessage('report.train.axis.profit', {}, lang),
    xDomain: UNIT,
    xFormat: '.0%',
    yFormat: ',.0f',
    marks: [{ x: profit.best.share, y: profit.best.profit, label: formatMoney(profit.best.profit, lang) }],
    width: 420,
    height: 260,
  });
}

/**
 * Reliability curve (mean predicted probability vs observed rate per bin) against the diagonal, with dots.
 *
 * @example
 * ```ts
 * calibrationSpec(result.calibration!.reliability, 'en');
 * ```
 */
export function calibrationSpec(reliability: CalibrationSummary['reliability'], lang: Language): VegaLiteSpec {
  const points = reliability.filter((r) => r.count > 0).map((r) => ({ x: r.predicted, y: r.observed }));
  return lineChartSpec([{ name: 'model', points }], {
    xTitle: formatMessage('report.train.axis.predicted', {}, lang),
    yTitle: formatMessage('report.train.axis.observed', {}, lang),
    xDomain: UNIT,
    yDomain: UNIT,
    diagonal: true,
    points: true,
    width: 300,
    height: 260,
  });
}

/**
 * Training and validation score of the primary metric over the share of training data used.
 *
 * @example
 * ```ts
 * learningCurveSpec(result.learningCurve, 'AUC', 'en');
 * ```
 */
export function learningCurveSpec(curve: TrainResult['learningCurve'], metric: string, lang: Language): VegaLiteSpec {
  return lineChartSpec(
    [
      {
        name: formatMessage('report.train.series.train', {}, lang),
        points: curve.map((p) => ({ x: p.share, y: p.train })),
      },
      {
        name: formatMessage('report.train.series.valid', {}, lang),
        points: curve.map((p) => ({ x: p.share, y: p.valid })),
      },
    ],
    {
      xTitle: formatMessage('report.train.axis.trainingShare', {}, lang),
      yTitle: metric,
      xFormat: '.0%',
      yDomain: paddedExtent(curve.flatMap((p) => [p.train, p.valid])),
      points: true,
      width: 360,
      height: 240,
    },
  );
}

/** The range of the values with 10 % of it added on both sides (so lines do not sit on the frame). */
function paddedExtent(values: readonly number[]): readonly [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.05 || 0.05;
  return [lo - pad, hi + pad];
}
