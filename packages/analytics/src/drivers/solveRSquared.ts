/**
 * R² of the least-squares regression of y on a subset of standardized predictors: r_Sᵀ R_SS⁻¹ r_S, with R the
 * predictor correlation matrix and r the predictor–outcome correlations. Solved by Gaussian elimination with
 * partial pivoting; a predictor that is (nearly) a linear combination of the others (pivot < 1e-10) adds
 * nothing and is left out.
 */
export function solveRSquared(
  correlations: readonly (readonly number[])[],
  outcomeCorrelations: readonly number[],
  subset: readonly number[],
): number {
  const k = subset.length;
  if (k === 0) return 0;
  const matrix = subset.map((i) => [
    ...subset.map((j) => correlations[i]?.[j] ?? 0),
    outcomeCorrelations[i] ?? 0,
  ]);
  const used: boolean[] = new Array<boolean>(k).fill(false);
  const pivotRows: number[] = [];
  for (let column = 0; column < k; column++) {
    let best = -1;
    let bestValue = 1e-10;
    for (let row = 0; row < k; row++) {
      const value = Math.abs(matrix[row]?.[column] ?? 0);
      if (!used[row] && value > bestValue) {
        best = row;
        bestValue = value;
      }
    }
    if (best < 0) continue;
    used[best] = true;
    pivotRows[column] = best;
    const pivot = matrix[best] as number[];
    for (let row = 0; row < k; row++) {
      if (row === best) continue;
      const target = matrix[row] as number[];
      const factor = (target[column] ?? 0) / (pivot[column] ?? 1);
      if (factor === 0) continue;
      for (let c = column; c <= k; c++) target[c] = (target[c] ?? 0) - factor * (pivot[c] ?? 0);
    }
  }
  let rSquared = 0;
  for (let column = 0; column < k; column++) {
    const row = pivotRows[column];
    if (row === undefined) continue;
    const pivot = matrix[row] as number[];
    const coefficient = (pivot[k] ?? 0) / (pivot[column] ?? 1);
    rSquared += coefficient * (outcomeCorrelations[subset[column] ?? 0] ?? 0);
  }
  return Math.min(1, Math.max(0, rSquared));
}
