import type { CorrelationInput } from './computeCorrelations.js';
import { solveRSquared } from './solveRSquared.js';

/** The most predictors for the exact decomposition (2^12 = 4,096 subsets). */
export const MAX_SHAPLEY_PREDICTORS = 12;

export interface ShapleyImportance {
  name: string;
  /** The predictor's Shapley value: its average gain in R² over all orders of entry (sums to the full R²). */
  rSquaredContribution: number;
  /** rSquaredContribution / full R² (the shares sum to 1 when R² > 0). */
  share: number;
}

export interface ShapleyResult {
  /** R² of the model with every predictor. */
  rSquared: number;
  /** In the input order. */
  importances: ShapleyImportance[];
}

/**
 * Shapley value regression (Lipovetsky & Conklin 2001): R² decomposed exactly over all subsets S of the
 * other predictors, φ_j = Σ_S |S|!(p − |S| − 1)!/p! · [R²(S ∪ {j}) − R²(S)]. Σφ_j = R²(all).
 */
export function shapleyRegression(input: CorrelationInput): ShapleyResult {
  const p = input.predictors.length;
  if (p > MAX_SHAPLEY_PREDICTORS)
    throw new RangeError(`shapleyRegression takes at most ${MAX_SHAPLEY_PREDICTORS} predictors, got ${p}`);
  const subsetCount = 1 << p;
  const rSquaredOf = new Float64Array(subsetCount);
  const sizeOf = new Uint8Array(subsetCount);
  for (let mask = 1; mask < subsetCount; mask++) {
    const members: number[] = [];
    for (let j = 0; j < p; j++) if (mask & (1 << j)) members.push(j);
    sizeOf[mask] = members.length;
    rSquaredOf[mask] = solveRSquared(input.correlations, input.outcomeCorrelations, members);
  }
  const factorial = [1];
  for (let i = 1; i <= p; i++) factorial[i] = (factorial[i - 1] ?? 1) * i;
  const weight = (size: number): number =>
    ((factorial[size] ?? 1) * (factorial[p - size - 1] ?? 1)) / (factorial[p] ?? 1);
  const contributions = new Array<number>(p).fill(0);
  for (let mask = 0; mask < subsetCount; mask++) {
    for (let j = 0; j < p; j++) {
      if (mask & (1 << j)) continue;
      const gain = (rSquaredOf[mask | (1 << j)] ?? 0) - (rSquaredOf[mask] ?? 0);
      contributions[j] = (contributions[j] ?? 0) + weight(sizeOf[mask] ?? 0) * gain;
    }
  }
  const rSquared = rSquaredOf[subsetCount - 1] ?? 0;
  return {
    rSquared,
    importances: input.predictors.map((name, j) => ({
      name,
      rSquaredContribution: contributions[j] ?? 0,
      share: rSquared > 0 ? (contributions[j] ?? 0) / rSquared : 0,
    })),
  };
}
