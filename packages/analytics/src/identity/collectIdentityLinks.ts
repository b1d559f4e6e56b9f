/** Evidence for identity stitching, read from canonical rows. */
import type { ImportRow } from '../import/types.js';
import type { IdentityLink, IdentityNode, StitchOptions } from './types.js';

/** Activities the Segment parser gives identify and alias calls. */
export const IDENTIFY_ACTIVITY = 'Identify';
export const ALIAS_ACTIVITY = 'Alias';

/** The value of a shared key on a row (trimmed text), or null when absent or empty. */
export function readSharedKey(row: Pick<ImportRow, 'properties'>, name: string): string | null {
  const value = row.properties?.[name];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The node a row is primarily about: its user id, else its anonymous id. */
export function readPrimaryNode(row: Pick<ImportRow, 'customerId' | 'anonymousId'>): IdentityNode | null {
  if (row.customerId) return { kind: 'user', id: row.customerId };
  if (row.anonymousId) return { kind: 'anonymous', id: row.anonymousId };
  return null;
}

/**
 * The links one row proves: userId ↔ anonymousId (from an identify call, or any event carrying
 * both), previousId ↔ userId (alias), and its id ↔ each shared key it carries.
 */
export function collectRowLinks(row: ImportRow, options: StitchOptions = {}): IdentityLink[] {
  const links: IdentityLink[] = [];
  const user: IdentityNode | null = row.customerId ? { kind: 'user', id: row.customerId } : null;
  if (user && row.anonymousId) {
    links.push({
      left: { kind: 'anonymous', id: row.anonymousId },
      right: user,
      reason: row.activity === IDENTIFY_ACTIVITY ? 'identify' : 'same-event',
    });
  }
  const previousId = row.properties?.previousId;
  if (user && row.activity === ALIAS_ACTIVITY && typeof previousId === 'string' && previousId !== '') {
    links.push({ left: { kind: 'anonymous', id: previousId }, right: user, reason: 'alias' });
  }
  const primary = readPrimaryNode(row);
  for (const name of options.sharedKeys ?? []) {
    const value = readSharedKey(row, name);
    if (primary && value !== null)
      links.push({ left: primary, right: { kind: 'key', name, value }, reason: 'shared-key' });
  }
  return links;
}

/** All links of many rows, in row order. */
export function collectIdentityLinks(rows: Iterable<ImportRow>, options: StitchOptions = {}): IdentityLink[] {
  const links: IdentityLink[] = [];
  for (const row of rows) links.push(...collectRowLinks(row, options));
  return links;
}
