import { describe, expect, test } from 'vitest';
import { oddsRatio } from './oddsRatio.js';
import { paretoCut } from './paretoCut.js';

describe('oddsRatio', () => {
  test('oddsRatio with the Woolf interval, worked by hand', () => {
    // a = 20, b = 80, c = 10, d = 90: OR = (20·90)/(80·10) = 2.25; SE(ln OR) = √(1/20 + 1/80 + 1/10 + 1/90)
    // = √0.173611 = 0.416667; ln 2.25 = 0.810930; interval exp(0.810930 ± 1.959964·0.416667) = [0.99431, 5.09155];
    // z = 0.810930/0.416667 = 1.946233, p = 0.051627.
    const result = oddsRatio({
      passedWithOutcome: 20,
      passedWithoutOutcome: 80,
      notPassedWithOutcome: 10,
      notPassedWithoutOutcome: 90,
    });
    expect(result.oddsRatio).toBeCloseTo(2.25, 12);
    expect(result.low).toBeCloseTo(0.99431, 4);
    expect(result.high).toBeCloseTo(5.09155, 4);
    expect(result.pValue).toBeCloseTo(0.051627, 5);
    expect(result.corrected).toBe(false);
    expect(result.supported).toBe(true);
  });

  test('oddsRatio adds 0.5 to every cell when one is zero (Haldane–Anscombe)', () => {
    // a = 0, b = 10, c = 5, d = 5 → (0.5·5.5)/(10.5·5.5) = 0.047619.
    const result = oddsRatio({
      passedWithOutcome: 0,
      passedWithoutOutcome: 10,
      notPassedWithOutcome: 5,
      notPassedWithoutOutcome: 5,
    });
    expect(result.corrected).toBe(true);
    expect(result.oddsRatio).toBeCloseTo(0.5 / 10.5, 12);
    expect(result.supported).toBe(false);
  });
});

describe('paretoCut', () => {
  test('paretoCut takes the largest items until 80 % of the total', () => {
    // total 100: 50 + 30 = 80 ≥ 80 → two items.
    const items = [
      { name: 'c', importance: 10 },
      { name: 'a', importance: 50 },
      { name: 'b', importance: 30 },
      { name: 'd', importance: 10 },
    ];
    expect(paretoCut(items)).toEqual(['a', 'b']);
    expect(paretoCut(items, 0.81)).toEqual(['a', 'b', 'c']); // tie c = d broken by name
    expect(paretoCut(items, 1)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('paretoCut ignores negative importances and returns nothing for an empty total', () => {
    expect(paretoCut([{ name: 'x', importance: -1 }])).toEqual([]);
    expect(
      paretoCut([
        { name: 'x', importance: 3 },
        { name: 'y', importance: -1 },
      ]),
    ).toEqual(['x']);
  });
});
