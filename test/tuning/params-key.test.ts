import { describe, expect, it } from 'vitest';
import { paramsKey } from '../../src/tuning/params-key.js';

describe('paramsKey', () => {
  it('is independent of key order at every level', () => {
    expect(paramsKey({ b: 1, a: 'x', m: { z: 1, y: 2 } })).toBe(paramsKey({ m: { y: 2, z: 1 }, a: 'x', b: 1 }));
    expect(paramsKey({ b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
  });

  it('tells different values apart and normalises -0 and undefined', () => {
    expect(paramsKey({ a: 1 })).not.toBe(paramsKey({ a: '1' }));
    expect(paramsKey({ a: true })).not.toBe(paramsKey({ a: 'true' }));
    expect(paramsKey({ a: 0.1 })).not.toBe(paramsKey({ a: 0.1000000001 }));
    expect(paramsKey({ a: -0 })).toBe(paramsKey({ a: 0 }));
    expect(paramsKey({ a: 1, b: undefined })).toBe(paramsKey({ a: 1 }));
    expect(paramsKey({ a: Number.NaN })).toBe('{"a":NaN}');
    expect(paramsKey({ a: [3, 1] })).toBe('{"a":[3,1]}');
  });
});
