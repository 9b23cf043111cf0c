import { describe, expect, it } from 'vitest';
import type { MarketingValue } from '../../src/automl/train-result.js';
import { renderChartSvg } from '../../src/report/render-chart.js';
import { gainsSpec, learningCurveSpec, profitSpec, rocSpec, thinPoints } from '../../src/report/train-charts.js';
import { binaryResult } from './sample-train-result.js';

interface SpecShape {
  data: { values: { series: string; x: number; y: number }[] };
  layer: { mark: { type: string }; data?: { values: { x: number; y: number; label?: string }[] } }[];
}

function shape(spec: unknown): SpecShape {
  return spec as SpecShape;
}

describe('train-charts', () => {
  it('thins long curves evenly by index, keeping the first and last point', () => {
    const points = Array.from({ length: 1001 }, (_, i) => ({ x: i / 1000, y: i }));
    const thin = thinPoints(points, 5);
    expect(thin.map((p) => p.y)).toEqual([0, 250, 500, 750, 1000]);
    expect(thinPoints(points.slice(0, 3), 5)).toHaveLength(3);
    const roc = shape(rocSpec(binaryResult.curves!.roc, 'en'));
    expect(roc.data.values).toHaveLength(400);
    expect(roc.data.values[0]).toMatchObject({ x: 0, y: 0 });
    expect(roc.data.values.at(-1)).toMatchObject({ x: 1, y: 1 });
    // the diagonal of a random model
    expect(roc.layer[0].mark).toMatchObject({ type: 'rule' });
  });

  it('draws gains from (0, 0) beside the random diagonal', () => {
    const spec = shape(gainsSpec(binaryResult.marketing!.gains, 'de'));
    const model = spec.data.values.filter((v) => v.series === 'Modell');
    const random = spec.data.values.filter((v) => v.series === 'zufällig');
    expect(model[0]).toMatchObject({ x: 0, y: 0 });
    expect(model).toHaveLength(binaryResult.marketing!.gains.length + 1);
    expect(random.map((v) => [v.x, v.y])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('marks the best point of the profit curve with its profit', async () => {
    const profit = (binaryResult.marketing as MarketingValue).profit as NonNullable<MarketingValue['profit']>;
    const spec = shape(profitSpec(profit, 'en'));
    const marks = spec.layer.filter((l) => l.data !== undefined);
    expect(marks.map((l) => l.mark.type)).toEqual(['point', 'text']);
    expect(marks[0].data!.values).toEqual([{ x: 0.3, y: profit.best.profit, label: '509,352' }]);
    const svg = await renderChartSvg(profitSpec(profit, 'en'));
    expect(svg).toMatch(/<text[^>]*>509,352<\/text>/);
  });

  it('fits the learning curve axis to the scores instead of starting at zero', () => {
    const spec = learningCurveSpec(binaryResult.learningCurve, 'AUC', 'en') as unknown as {
      layer: { encoding: { y: { scale?: { domain: number[] } } } }[];
    };
    const domain = spec.layer[0].encoding.y.scale!.domain;
    expect(domain[0]).toBeGreaterThan(0.9);
    expect(domain[0]).toBeLessThan(0.9105);
    expect(domain[1]).toBeGreaterThan(0.9921);
    expect(domain[1]).toBeLessThan(1.01);
  });
});
