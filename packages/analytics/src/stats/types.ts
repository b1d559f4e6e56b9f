/** An estimate with a two-sided confidence interval. */
export interface Estimate {
  estimate: number;
  low: number;
  high: number;
  /** Sample size the estimate rests on. */
  n: number;
  /** True when n is below `MIN_SAMPLE` (the figure is shown but should not be trusted). */
  smallSample: boolean;
}

/** Count, mean and sample standard deviation (n − 1 denominator) of one sample. */
export interface SampleSummary {
  n: number;
  mean: number;
  standardDeviation: number;
}

/** The result of a two-sided test of "no difference". */
export interface TestResult {
  /** Group A minus group B, in the metric's units. */
  difference: number;
  low: number;
  high: number;
  /** The test statistic (z or t). */
  statistic: number;
  pValue: number;
}
