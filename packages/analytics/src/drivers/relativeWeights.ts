import type { CorrelationInput } from './computeCorrelations.js';
import { jacobiEigen } from './jacobiEigen.js';
import type { ShapleyResult } from './shapleyRegression.js';

/**
 * Johnson's relative weights (Johnson 2000): with R = VΛVᵀ the predictor correlation matrix, Λ½ = VΛ^½Vᵀ
 * correlates the predictors with their closest orthogonal counterparts Z; β = Λ½⁻¹·r regresses y on Z, and
 * predictor j gets ε_j = Σ_k (Λ½_jk)²·β_k². Σε_j = R². Same result shape as `shapleyRegression`; eigenvalues
 * below 1e-10 (collinear predictors) are left out.
 */
export function relativeWeights(input: CorrelationInput): ShapleyResult {
  const p = input.predictors.length;
  const { values, vectors } = jacobiEigen(input.correlations);
  const column = (k: number): number[] => Array.from({ length: p }, (_, i) => vectors[i]?.[k] ?? 0);
  const kept = values.map((value, k) => ({ value, vector: column(k) })).filter((item) => item.value > 1e-10);
  const half = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) =>
      kept.reduce((sum, e) => sum + (e.vector[i] ?? 0) * Math.sqrt(e.value) * (e.vector[j] ?? 0), 0),
    ),
  );
  const beta = Array.from({ length: p }, (_, i) =>
    kept.reduce((sum, e) => {
      const projection = e.vector.reduce((acc, vj, j) => acc + vj * (input.outcomeCorrelations[j] ?? 0), 0);
      return sum + ((e.vector[i] ?? 0) * projection) / Math.sqrt(e.value);
    }, 0),
  );
  const weights = Array.from({ length: p }, (_, j) =>
    (half[j] ?? []).reduce((sum, h, k) => sum + h * h * (beta[k] ?? 0) ** 2, 0),
  );
  const rSquared = weights.reduce((sum, w) => sum + w, 0);
  return {
    rSquared,
    importances: input.predictors.map((name, j) => ({
      name,
      rSquaredContribution: weights[j] ?? 0,
      share: rSquared > 0 ? (weights[j] ?? 0) / rSquared : 0,
    })),
  };
}
