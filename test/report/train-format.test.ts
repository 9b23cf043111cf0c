import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatMeanSd,
  formatMetric,
  formatMoney,
  formatParams,
  formatSeconds,
  formatThreshold,
  metricLabel,
  taskLabel,
} from '../../src/report/train-format.js';

describe('train-format', () => {
  it('formats metrics with four decimals below 10, two below 1000, none above', () => {
    expect(formatMetric(0.93912, 'en')).toBe('0.9391');
    expect(formatMetric(0.93912, 'de')).toBe('0,9391');
    expect(formatMetric(15.83124, 'en')).toBe('15.83');
    expect(formatMetric(12345.6, 'de')).toBe('12.346');
    expect(formatMetric(-0.00001, 'en')).toBe('0.0000');
    expect(formatMetric(Number.NaN, 'en')).toBe('–');
  });

  it('formats mean ± sd with the decimals of the mean', () => {
    expect(formatMeanSd(0.9391, 0.0031, 'en')).toBe('0.9391 ± 0.0031');
    expect(formatMeanSd(0.9391, 0.0031, 'de')).toBe('0,9391 ± 0,0031');
    expect(formatMeanSd(15.8312, 0.4123, 'en')).toBe('15.83 ± 0.41');
    expect(formatMeanSd(0.5, undefined, 'en')).toBe('0.5000');
  });

  it('names metrics and tasks in both languages, unknown metrics as they are', () => {
    expect(metricLabel('auc', 'en')).toBe('AUC');
    expect(metricLabel('logloss', 'de')).toBe('Log-Loss');
    expect(metricLabel('custom_gain', 'de')).toBe('custom_gain');
    expect(taskLabel('multiclass', 'de')).toBe('Mehrklassen-Klassifikation');
  });

  it('formats sizes, seconds, money and thresholds', () => {
    expect(formatBytes(812, 'en')).toBe('812 B');
    expect(formatBytes(48213, 'en')).toBe('48.2 kB');
    expect(formatBytes(21_800_000, 'de')).toBe('21,8 MB');
    expect(formatSeconds(1.234, 'de')).toBe('1,23');
    expect(formatSeconds(23.64, 'en')).toBe('23.6');
    expect(formatSeconds(312.4, 'en')).toBe('312');
    expect(formatMoney(2.5, 'en')).toBe('2.50');
    expect(formatMoney(18234.4, 'de')).toBe('18.234');
    expect(formatMoney(-1200, 'en')).toBe('-1,200');
    expect(formatThreshold(0.23117, 'de')).toBe('0,231');
  });

  it('writes settings in one line, ensembles as members with weights, long lists counted', () => {
    expect(formatParams({ learning_rate: 0.05, max_depth: 6, hidden: [64, 32], balanced: true }, 'en')).toBe(
      'learning_rate=0.05, max_depth=6, hidden=[64,32], balanced=true',
    );
    expect(formatParams({ learning_rate: 0.05 }, 'de')).toBe('learning_rate=0,05');
    expect(formatParams({ members: { 'gbdt#3': 0.6, 'linear#1': 0.4 } }, 'en')).toBe('gbdt#3 0.6, linear#1 0.4');
    expect(formatParams({ a: 1, b: 2, c: 3 }, 'en', 2)).toBe('a=1, b=2, +1');
    expect(formatParams({}, 'en')).toBe('–');
  });
});
