import { describe, expect, test } from 'vitest';
import { jacobiEigen } from './jacobiEigen.js';
import { relativeWeights } from './relativeWeights.js';
import { shapleyRegression } from './shapleyRegression.js';
import { solveRSquared } from './solveRSquared.js';

describe('jacobiEigen', () => {
  test('jacobiEigen([[2,1],[1,2]]) has eigenvalues 1 and 3 and rebuilds the matrix', () => {
    const { values, vectors } = jacobiEigen([
      [2, 1],
      [1, 2],
    ]);
    expect([...values].sort()).toEqual([expect.closeTo(1, 12), expect.closeTo(3, 12)]);
    const rebuilt = [0, 1].map((i) =>
      [0, 1].map((j) =>
        values.reduce((s, l, k) => s + (vectors[i]?.[k] ?? 0) * l * (vectors[j]?.[k] ?? 0), 0),
      ),
    );
    expect(rebuilt.flat()).toEqual([2, 1, 1, 2].map((x) => expect.closeTo(x, 12)));
  });

  test('jacobiEigen(3 × 3) has the trace and unit eigenvectors', () => {
    const m = [
      [1, 0.5, 0.3],
      [0.5, 1, 0.2],
      [0.3, 0.2, 1],
    ];
    const { values, vectors } = jacobiEigen(m);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(3, 12);
    // numpy.linalg.eigh gives 0.48716053, 0.82893084, 1.68390863.
    expect([...values].sort((a, b) => a - b)).toEqual(
      [0.48716053, 0.82893084, 1.68390863].map((x) => expect.closeTo(x, 7)),
    );
    for (let k = 0; k < 3; k++)
      expect(vectors.reduce((s, row) => s + (row[k] ?? 0) ** 2, 0)).toBeCloseTo(1, 12);
  });
});

describe('relativeWeights', () => {
  test('relativeWeights(2 predictors) worked by hand', () => {
    // r12 = 0.5: Λ½ = [[a, b], [b, a]] with a = (√1.5 + √0.5)/2 = 0.965926, b = (√1.5 − √0.5)/2 = 0.258819;
    // β = Λ½⁻¹·(0.6, 0.4) = ((0.6a − 0.4b), (0.4a − 0.6b))/√0.75 = (0.549669, 0.266827);
    // ε1 = a²β1² + b²β2² = 0.286667, ε2 = b²β1² + a²β2² = 0.086667 (here equal to the Shapley values).
    const input = {
      predictors: ['x1', 'x2'],
      correlations: [
        [1, 0.5],
        [0.5, 1],
      ],
      outcomeCorrelations: [0.6, 0.4],
    };
    const result = relativeWeights(input);
    expect(result.importances.map((i) => i.rSquaredContribution)).toEqual([
      expect.closeTo(0.286667, 6),
      expect.closeTo(0.086667, 6),
    ]);
    expect(result.rSquared).toBeCloseTo(shapleyRegression(input).rSquared, 12);
  });

  test('relativeWeights(3 correlated predictors) sums to the full R²', () => {
    const input = {
      predictors: ['a', 'b', 'c'],
      correlations: [
        [1, 0.5, 0.3],
        [0.5, 1, 0.2],
        [0.3, 0.2, 1],
      ],
      outcomeCorrelations: [0.6, 0.4, 0.3],
    };
    const result = relativeWeights(input);
    expect(result.rSquared).toBeCloseTo(
      solveRSquared(input.correlations, input.outcomeCorrelations, [0, 1, 2]),
      12,
    );
    expect(result.rSquared).toBeCloseTo(0.3875, 12);
    // Cross-checked with numpy (eigh): 0.26014393, 0.08009649, 0.04725958.
    expect(result.importances.map((i) => i.rSquaredContribution)).toEqual(
      [0.26014393, 0.08009649, 0.04725958].map((x) => expect.closeTo(x, 7)),
    );
  });
});
