/** Groups rows per customer and orders each group by (ts, arrival order). */
import type { CaseInputRow } from './types.js';

/** The id a row's journeys belong to: the (stitched) customer id, else the anonymous id. */
export function readJourneyOwner(row: CaseInputRow): string | null {
  return row.customerId || row.anonymousId || null;
}

export interface CustomerRows<T> {
  customerId: string;
  /** Sorted by tsMs; equal timestamps keep arrival order (the input order). */
  rows: T[];
}

/**
 * Rows grouped by owner (owners in code-unit order, so output is deterministic), each group
 * sorted by timestamp with arrival order breaking ties; rows without an owner are counted.
 */
export function orderByCustomer<T extends CaseInputRow>(
  rows: readonly T[],
): { groups: CustomerRows<T>[]; ownerless: number } {
  const byOwner = new Map<string, T[]>();
  let ownerless = 0;
  for (const row of rows) {
    const owner = readJourneyOwner(row);
    if (owner === null) {
      ownerless += 1;
      continue;
    }
    const group = byOwner.get(owner) ?? [];
    group.push(row);
    byOwner.set(owner, group);
  }
  const owners = [...byOwner.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const groups = owners.map((customerId) => ({
    customerId,
    // Array.prototype.sort is stable, so equal timestamps keep arrival order.
    rows: (byOwner.get(customerId) ?? []).slice().sort((a, b) => a.tsMs - b.tsMs),
  }));
  return { groups, ownerless };
}

/** `<customer>#<n>`, n counting a customer's journeys from 1 in time order. */
export function formatCaseId(customerId: string, n: number): string {
  return `${customerId}#${n}`;
}
