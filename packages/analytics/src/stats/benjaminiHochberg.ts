/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the input order. Step-up: with the m p-values sorted
 * ascending, q_(i) = min over j ≥ i of min(1, m·p_(j)/j), so q is monotone in p. Rejecting every
 * hypothesis with q ≤ α controls the false discovery rate at α. NaN p-values stay NaN and do not count in m.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter((item) => !Number.isNaN(item.p))
    .sort((x, y) => x.p - y.p || x.index - y.index);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const item = order[rank - 1];
    if (!item) continue;
    running = Math.min(running, (m * item.p) / rank);
    adjusted[item.index] = Math.min(1, running);
  }
  return adjusted;
}
