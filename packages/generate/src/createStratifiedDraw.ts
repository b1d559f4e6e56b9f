/**
 * A yes/no draw whose running share of "yes" stays within one draw of `share` (systematic sampling: the
 * k-th draw is yes when ⌊k·share + u⌋ > ⌊(k − 1)·share + u⌋, u a random offset in [0, 1)). Used where a
 * planted share must be realised exactly, so that a measurement is checked against the parameter and not
 * against sampling noise.
 */
export function createStratifiedDraw(share: number, offset: number): () => boolean {
  let k = 0;
  return () => {
    k++;
    return Math.floor(k * share + offset) > Math.floor((k - 1) * share + offset);
  };
}
