import { twoSidedPValue } from './twoSidedPValue.js';

/** How often one value occurs in sample A and in sample B (scores come this way from SQL). */
export interface ValueCounts {
  value: number;
  countA: number;
  countB: number;
}

export interface MannWhitneyResult {
  /** U of sample A: the number of (a, b) pairs with a > b, ties counting ½. */
  uA: number;
  uB: number;
  /** z of the normal approximation with tie and continuity correction (also given when the p-value is exact). */
  statistic: number;
  pValue: number;
  /** True when the p-value is the exact permutation p (no ties, both samples ≤ `EXACT_MAX_SIZE`). */
  exact: boolean;
  /** Probability that a random A value exceeds a random B value (ties ½): U_A/(n_A·n_B). */
  probabilityAGreater: number;
  nA: number;
  nB: number;
}

/** Samples up to this size without ties get the exact p-value. */
export const EXACT_MAX_SIZE = 20;

/** Mann–Whitney U test (Wilcoxon rank-sum) of two samples given as values. */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const table = new Map<number, ValueCounts>();
  const add = (value: number, key: 'countA' | 'countB'): void => {
    const row = table.get(value) ?? { value, countA: 0, countB: 0 };
    row[key]++;
    table.set(value, row);
  };
  for (const value of a) add(value, 'countA');
  for (const value of b) add(value, 'countB');
  return mannWhitneyUFromCounts([...table.values()]);
}

/**
 * Mann–Whitney U from a frequency table. Ranks are mid-ranks over tied values; U_A = R_A − n_A(n_A+1)/2.
 * Under H0, mean n_A·n_B/2 and variance n_A·n_B/12·[(N+1) − Σ(t³ − t)/(N(N−1))] (tie correction);
 * z = (|U_A − mean| − ½)/σ (continuity correction), signed like U_A − mean; two-sided p. Without ties and
 * with both samples ≤ 20 the p-value is exact instead: 2·P(U ≤ min(U_A, U_B)) under all C(N, n_A) equally
 * likely rank assignments (capped at 1).
 */
export function mannWhitneyUFromCounts(table: readonly ValueCounts[]): MannWhitneyResult {
  const rows = [...table].filter((row) => row.countA + row.countB > 0).sort((x, y) => x.value - y.value);
  let nA = 0;
  let nB = 0;
  let rankSumA = 0;
  let tieTerm = 0;
  let below = 0;
  for (const row of rows) {
    const t = row.countA + row.countB;
    const midRank = below + (t + 1) / 2;
    rankSumA += row.countA * midRank;
    tieTerm += t ** 3 - t;
    below += t;
    nA += row.countA;
    nB += row.countB;
  }
  const total = nA + nB;
  const uA = rankSumA - (nA * (nA + 1)) / 2;
  const uB = nA * nB - uA;
  const mean = (nA * nB) / 2;
  const variance = total > 1 ? ((nA * nB) / 12) * (total + 1 - tieTerm / (total * (total - 1))) : 0;
  const deviation = uA - mean;
  let statistic = Number.NaN;
  if (nA > 0 && nB > 0) {
    statistic =
      variance > 0
        ? (Math.sign(deviation) * Math.max(0, Math.abs(deviation) - 0.5)) / Math.sqrt(variance)
        : 0;
  }
  const exact = nA > 0 && nB > 0 && nA <= EXACT_MAX_SIZE && nB <= EXACT_MAX_SIZE && tieTerm === 0;
  return {
    uA,
    uB,
    statistic,
    pValue: exact
      ? exactTwoSidedP(Math.min(uA, uB), nA, nB)
      : Number.isNaN(statistic)
        ? Number.NaN
        : twoSidedPValue(statistic),
    exact,
    probabilityAGreater: nA && nB ? uA / (nA * nB) : Number.NaN,
    nA,
    nB,
  };
}

/**
 * 2·P(U ≤ u) for samples of sizes m and n without ties: counts[k] = number of rank assignments with U = k,
 * by the recurrence f(m, n, k) = f(m − 1, n, k − n) + f(m, n − 1, k) (the largest value belongs to A or B).
 */
function exactTwoSidedP(u: number, m: number, n: number): number {
  // table[j][k]: assignments of sizes (i, j) with U = k, built up over i.
  let previous: number[][] = Array.from({ length: n + 1 }, () => [1]);
  for (let i = 1; i <= m; i++) {
    const current: number[][] = [[1]];
    for (let j = 1; j <= n; j++) {
      const size = i * j + 1;
      const counts = new Array<number>(size).fill(0);
      const withA = previous[j] ?? [];
      const withB = current[j - 1] ?? [];
      for (let k = 0; k < size; k++) counts[k] = (k - j >= 0 ? (withA[k - j] ?? 0) : 0) + (withB[k] ?? 0);
      current[j] = counts;
    }
    previous = current;
  }
  const counts = previous[n] ?? [];
  const total = counts.reduce((sum, c) => sum + c, 0);
  let below = 0;
  for (let k = 0; k <= Math.floor(u + 1e-9); k++) below += counts[k] ?? 0;
  return Math.min(1, (2 * below) / total);
}
