/** Correlations of predictors with each other and with an outcome: the input of `shapleyRegression`. */
export interface CorrelationInput {
  /** Predictor names, in the order of the matrix rows. */
  predictors: readonly string[];
  /** Pearson correlations between predictors (p × p, 1 on the diagonal). */
  correlations: readonly (readonly number[])[];
  /** Pearson correlation of each predictor with the outcome. */
  outcomeCorrelations: readonly number[];
}

/** Weighted first and second moments: Σw, Σw·x_i, Σw·x_i·x_j with the outcome as the last variable. */
export interface Moments {
  weight: number;
  sums: number[];
  crossProducts: number[][];
}

/** Starts empty moments for `variables` variables (predictors plus the outcome). */
export function createMoments(variables: number): Moments {
  return {
    weight: 0,
    sums: new Array<number>(variables).fill(0),
    crossProducts: Array.from({ length: variables }, () => new Array<number>(variables).fill(0)),
  };
}

/**
 * Adds an observation (predictors then outcome) seen `weight` times; `outcomeSquareSum` lets grouped rows
 * carry Σy² when y varies inside the group (the default assumes y is constant: weight·y²).
 */
export function addObservation(
  moments: Moments,
  values: readonly number[],
  weight = 1,
  outcomeSum?: number,
  outcomeSquareSum?: number,
): void {
  const last = values.length - 1;
  moments.weight += weight;
  for (let i = 0; i < values.length; i++) {
    const xi = values[i] ?? 0;
    const sumI = i === last && outcomeSum !== undefined ? outcomeSum : weight * xi;
    moments.sums[i] = (moments.sums[i] ?? 0) + sumI;
    const row = moments.crossProducts[i] as number[];
    for (let j = 0; j < values.length; j++) {
      const xj = values[j] ?? 0;
      let product: number;
      if (i === last && j === last) product = outcomeSquareSum ?? weight * xi * xi;
      else if (i === last) product = xj * (outcomeSum ?? weight * xi);
      else if (j === last) product = xi * (outcomeSum ?? weight * xj);
      else product = weight * xi * xj;
      row[j] = (row[j] ?? 0) + product;
    }
  }
}

/** Turns moments into the correlation input (a constant variable correlates 0 with everything). */
export function correlationsFromMoments(moments: Moments, predictors: readonly string[]): CorrelationInput {
  const n = moments.weight;
  const k = moments.sums.length;
  const covariance = (i: number, j: number): number =>
    ((moments.crossProducts[i]?.[j] ?? 0) - ((moments.sums[i] ?? 0) * (moments.sums[j] ?? 0)) / n) / n;
  const spread = Array.from({ length: k }, (_, i) => Math.sqrt(Math.max(0, covariance(i, i))));
  const correlate = (i: number, j: number): number => {
    if (i === j) return 1;
    const denominator = (spread[i] ?? 0) * (spread[j] ?? 0);
    return denominator > 1e-12 ? Math.max(-1, Math.min(1, covariance(i, j) / denominator)) : 0;
  };
  const p = k - 1;
  return {
    predictors,
    correlations: Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => correlate(i, j))),
    outcomeCorrelations: Array.from({ length: p }, (_, i) => correlate(i, p)),
  };
}

/** Correlation input from raw columns (each predictor column and the outcome, same length). */
export function computeCorrelations(
  predictors: Readonly<Record<string, readonly number[]>>,
  outcome: readonly number[],
): CorrelationInput {
  const names = Object.keys(predictors);
  const moments = createMoments(names.length + 1);
  outcome.forEach((y, row) =>
    addObservation(moments, [...names.map((name) => predictors[name]?.[row] ?? 0), y]),
  );
  return correlationsFromMoments(moments, names);
}
