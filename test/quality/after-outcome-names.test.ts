import { describe, expect, it } from 'vitest';
import { afterOutcomeWord } from '../../src/quality/after-outcome-names.js';
import { nameWords } from '../../src/quality/name-words.js';

describe('nameWords', () => {
  it('splits at separators and camelCase', () => {
    expect(nameWords('callDuration_sec')).toEqual(['call', 'duration', 'sec']);
    expect(nameWords('Date-Of-Birth')).toEqual(['date', 'of', 'birth']);
    expect(nameWords('customerID')).toEqual(['customer', 'id']);
    expect(nameWords('emp.var.rate')).toEqual(['emp', 'var', 'rate']);
  });
});

describe('afterOutcomeWord', () => {
  it('flags names of values known only after the outcome', () => {
    expect(afterOutcomeWord('duration')).toBe('duration');
    expect(afterOutcomeWord('call_duration')).toBe('duration');
    expect(afterOutcomeWord('talk_time')).toBe('talk_time');
    expect(afterOutcomeWord('status_after')).toBe('after');
    expect(afterOutcomeWord('conversion_date')).toBe('conversion');
    expect(afterOutcomeWord('churn_date')).toBe('churn_date');
    expect(afterOutcomeWord('cancellation_reason')).toBe('cancel');
    expect(afterOutcomeWord('refundAmount')).toBe('refund');
    expect(afterOutcomeWord('outcome')).toBe('outcome');
    expect(afterOutcomeWord('Response')).toBe('response');
  });

  it('leaves earlier events and ordinary columns alone', () => {
    for (const name of [
      'poutcome',
      'previous_outcome',
      'last_response',
      'pdays',
      'age',
      'campaign',
      'euribor3m',
      'y',
    ]) {
      expect(afterOutcomeWord(name), name).toBeNull();
    }
  });
});
