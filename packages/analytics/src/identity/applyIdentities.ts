/** Applying an identity map to canonical rows: `customerId` becomes the stitched customer id. */
import type { ImportRow } from '../import/types.js';
import { readSharedKey } from './collectIdentityLinks.js';
import { formatSharedKey } from './stitchIdentities.js';
import type { IdentityMap, StitchOptions } from './types.js';

/**
 * The stitched customer id of a row: via its userId, else its anonymousId, else a shared key it
 * carries; an id the map does not know stands for itself (a customer of one id). Null when the
 * row has no id and no known key.
 */
export function resolveCustomerId(
  row: ImportRow,
  identities: IdentityMap,
  options: StitchOptions = {},
): string | null {
  for (const id of [row.customerId, row.anonymousId]) {
    if (id) return identities.customerIdOf.get(id) ?? id;
  }
  for (const name of options.sharedKeys ?? []) {
    const value = readSharedKey(row, name);
    const customerId =
      value === null ? undefined : identities.customerIdOfKey.get(formatSharedKey(name, value));
    if (customerId !== undefined) return customerId;
  }
  return null;
}

/** New rows with the stitched customer id (anonymousId is kept as it arrived). */
export function applyIdentities(
  rows: readonly ImportRow[],
  identities: IdentityMap,
  options: StitchOptions = {},
): ImportRow[] {
  return rows.map((row) => ({ ...row, customerId: resolveCustomerId(row, identities, options) }));
}
