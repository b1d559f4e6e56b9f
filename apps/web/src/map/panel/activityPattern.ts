/**
 * An activity pattern: `*` stands for any run of characters (also none), `?` for exactly one; every other
 * character for itself. It matches a whole name and ignores case ("order*" finds "Order Placed" and
 * "Order Shipped"). A pattern is only a way to pick names: the matcher stores the names it found.
 */
export function compileActivityPattern(pattern: string): RegExp {
  const source = Array.from(pattern.trim(), (ch) =>
    ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  ).join('');
  return new RegExp(`^${source}$`, 'isu');
}

/** The names among `activities` that `pattern` stands for, in their order; none for a blank pattern. */
export function listPatternMatches(pattern: string, activities: readonly string[]): string[] {
  if (!pattern.trim()) return [];
  const regex = compileActivityPattern(pattern);
  return activities.filter((name) => regex.test(name));
}
