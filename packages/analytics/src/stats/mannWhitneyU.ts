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
  /** Normal approximation with tie and continuity correction. */
  statistic: number;
  pValue: number;
  /** Probability that a random A value exceeds a random B value (ties ½): U_A/(n_A·n_B). */
  probabilityAGreater: number;
  nA: number;
  nB: number;
}

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
 * z = (|U_A − mean| − ½)/σ (continuity correction), signed like U_A − mean; two-sided p.
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
  return {
    uA,
    uB,
    statistic,
    pValue: Number.isNaN(statistic) ? Number.NaN : twoSidedPValue(statistic),
    probabilityAGreater: nA && nB ? uA / (nA * nB) : Number.NaN,
    nA,
    nB,
  };
}
