/**
 * Counts work in progress per key (a workspace, a share link) in memory, for one server process.
 * `acquire` returns a release function, or null when the key is at its cap.
 */
export class ConcurrencyLimiter {
  private readonly active = new Map<string, number>();

  acquire(key: string, cap: number): (() => void) | null {
    const count = this.active.get(key) ?? 0;
    if (count >= cap) return null;
    this.active.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.active.get(key) ?? 1) - 1;
      if (left > 0) this.active.set(key, left);
      else this.active.delete(key);
    };
  }

  count(key: string): number {
    return this.active.get(key) ?? 0;
  }
}
