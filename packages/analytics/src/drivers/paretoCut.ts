/** One item with its importance (negative importances count as 0). */
export interface Importance {
  name: string;
  importance: number;
}

/**
 * The vital few: the smallest set of items whose importances add up to at least `share` of the total,
 * taking the largest first (ties broken by name, code-unit order). Empty when nothing has importance.
 */
export function paretoCut(importances: readonly Importance[], share = 0.8): string[] {
  const items = importances
    .map((item) => ({ name: item.name, importance: Math.max(0, item.importance) }))
    .sort((x, y) => y.importance - x.importance || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const total = items.reduce((sum, item) => sum + item.importance, 0);
  if (!(total > 0)) return [];
  const cut: string[] = [];
  let running = 0;
  for (const item of items) {
    if (running >= share * total * (1 - 1e-12)) break;
    cut.push(item.name);
    running += item.importance;
  }
  return cut;
}
