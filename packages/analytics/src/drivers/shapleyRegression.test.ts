import { describe, expect, test } from 'vitest';
import { computeCorrelations } from './computeCorrelations.js';
import { shapleyRegression } from './shapleyRegression.js';
import { solveRSquared } from './solveRSquared.js';

// Two predictors, worked on paper: r12 = 0.5, r_y1 = 0.6, r_y2 = 0.4.
// R²(1) = 0.36, R²(2) = 0.16, R²(1,2) = (0.36 + 0.16 − 2·0.6·0.4·0.5)/(1 − 0.25) = 0.28/0.75 = 0.373333.
// φ1 = ½·0.36 + ½·(0.373333 − 0.16) = 0.286667; φ2 = ½·0.16 + ½·(0.373333 − 0.36) = 0.086667; sum 0.373333.
const two = {
  predictors: ['first call', 'delivery'],
  correlations: [
    [1, 0.5],
    [0.5, 1],
  ],
  outcomeCorrelations: [0.6, 0.4],
};

describe('shapleyRegression', () => {
  test('solveRSquared gives the two-predictor R² formula', () => {
    expect(solveRSquared(two.correlations, two.outcomeCorrelations, [0])).toBeCloseTo(0.36, 12);
    expect(solveRSquared(two.correlations, two.outcomeCorrelations, [0, 1])).toBeCloseTo(0.28 / 0.75, 12);
  });

  test('shapleyRegression(2 predictors) matches the hand computation and sums to R²', () => {
    const result = shapleyRegression(two);
    expect(result.rSquared).toBeCloseTo(0.373333, 6);
    expect(result.importances.map((i) => i.rSquaredContribution)).toEqual([
      expect.closeTo(0.286667, 6),
      expect.closeTo(0.086667, 6),
    ]);
    expect(result.importances[0]?.share).toBeCloseTo(0.286667 / 0.373333, 5);
  });

  test('shapleyRegression(3 predictors) adds an orthogonal predictor exactly', () => {
    // X3 is uncorrelated with X1 and X2 (r_y3 = 0.3): it adds 0.09 to every subset, so φ3 = 0.09 and
    // φ1, φ2 are unchanged; R²(all) = 0.373333 + 0.09 = 0.463333.
    const result = shapleyRegression({
      predictors: ['a', 'b', 'c'],
      correlations: [
        [1, 0.5, 0],
        [0.5, 1, 0],
        [0, 0, 1],
      ],
      outcomeCorrelations: [0.6, 0.4, 0.3],
    });
    expect(result.rSquared).toBeCloseTo(0.463333, 6);
    const contributions = result.importances.map((i) => i.rSquaredContribution);
    expect(contributions[0]).toBeCloseTo(0.286667, 6);
    expect(contributions[1]).toBeCloseTo(0.086667, 6);
    expect(contributions[2]).toBeCloseTo(0.09, 12);
    expect(result.importances.reduce((sum, i) => sum + i.share, 0)).toBeCloseTo(1, 12);
  });

  test('shapleyRegression on raw data: a duplicated predictor splits its share, shares sum to R²', () => {
    // y = x1 exactly; x2 = x1 (collinear); x3 unrelated: R² = 1, φ1 = φ2 = 0.5, φ3 = 0.
    const x1 = [1, 0, 1, 1, 0, 0, 1, 0];
    const x3 = [1, 1, 0, 0, 0, 1, 1, 0]; // Σx1·x3 = 2 = 8·½·½: uncorrelated with x1
    const result = shapleyRegression(computeCorrelations({ x1, x2: [...x1], x3 }, x1));
    expect(result.rSquared).toBeCloseTo(1, 9);
    expect(result.importances.map((i) => i.rSquaredContribution)).toEqual([
      expect.closeTo(0.5, 9),
      expect.closeTo(0.5, 9),
      expect.closeTo(0, 9),
    ]);
  });

  test('shapleyRegression refuses more than 12 predictors', () => {
    const p = 13;
    const identity = Array.from({ length: p }, (_, i) =>
      Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)),
    );
    expect(() =>
      shapleyRegression({
        predictors: identity.map((_, i) => `x${i}`),
        correlations: identity,
        outcomeCorrelations: new Array<number>(p).fill(0.1),
      }),
    ).toThrow(/at most 12/);
  });
});
