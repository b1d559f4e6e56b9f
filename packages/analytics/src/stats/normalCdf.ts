/**
 * The standard normal cumulative distribution Φ(z) = erfc(−z/√2)/2, with erfc from its Taylor series
 * (|x| < 2) or its continued fraction (beyond); accurate to ~1e-14 including far tails.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return 0.5 * complementaryErf(-z / Math.SQRT2);
}

/** erfc(x) for any x: series for |x| < 2, Lentz continued fraction beyond (accurate to ~1e-14). */
function complementaryErf(x: number): number {
  if (x < 0) return 2 - complementaryErf(-x);
  if (x < 2) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

/** erf(x) = 2/√π · Σ (−1)^n x^(2n+1) / (n! (2n+1)). */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/** erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) by modified Lentz. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
