/**
 * Identity stitching: union-find over id pairs (identify, alias, same event, shared keys) → one
 * canonical customer id per connected component: the smallest userId of the component (by code
 * unit order), else its smallest anonymous id. The partition and the choice do not depend on the
 * order of the input.
 */
import type { ImportRow } from '../import/types.js';
import { collectRowLinks, readSharedKey } from './collectIdentityLinks.js';
import { createUnionFind } from './unionFind.js';
import type { IdentityLink, IdentityMap, IdentityNode, MergedIdentity, StitchOptions } from './types.js';

/** Builds an identity map incrementally, batch by batch, as rows arrive from a parser. */
export interface IdentityStitcher {
  addRows(rows: Iterable<ImportRow>): void;
  addLinks(links: Iterable<IdentityLink>): void;
  build(): IdentityMap;
}

const ID_PREFIX = 'i:';
const KEY_PREFIX = 'k:';

function encodeNode(node: IdentityNode): string {
  return node.kind === 'key' ? KEY_PREFIX + JSON.stringify([node.name, node.value]) : ID_PREFIX + node.id;
}

/** `name=value`, the readable form of a shared key. */
export function formatSharedKey(name: string, value: string): string {
  return `${name}=${value}`;
}

function decodeKey(encoded: string): string {
  const [name, value] = JSON.parse(encoded.slice(KEY_PREFIX.length)) as [string, string];
  return formatSharedKey(name, value);
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function createIdentityStitcher(options: StitchOptions = {}): IdentityStitcher {
  const forest = createUnionFind();
  const userIds = new Set<string>();

  const addNode = (node: IdentityNode): string => {
    if (node.kind === 'user') userIds.add(node.id);
    const encoded = encodeNode(node);
    forest.add(encoded);
    return encoded;
  };
  const addLinks = (links: Iterable<IdentityLink>): void => {
    for (const link of links) forest.union(addNode(link.left), addNode(link.right));
  };
  const addRows = (rows: Iterable<ImportRow>): void => {
    for (const row of rows) {
      if (row.customerId) addNode({ kind: 'user', id: row.customerId });
      if (row.anonymousId) addNode({ kind: 'anonymous', id: row.anonymousId });
      for (const name of options.sharedKeys ?? []) {
        const value = readSharedKey(row, name);
        if (value !== null) addNode({ kind: 'key', name, value });
      }
      addLinks(collectRowLinks(row, options));
    }
  };
  const build = (): IdentityMap => {
    const components = new Map<string, string[]>();
    for (const node of forest.nodes()) {
      const root = forest.find(node);
      const members = components.get(root) ?? [];
      members.push(node);
      components.set(root, members);
    }
    const customerIdOf = new Map<string, string>();
    const customerIdOfKey = new Map<string, string>();
    const customers = new Map<string, MergedIdentity>();
    for (const members of components.values()) {
      const ids = members.filter((m) => m.startsWith(ID_PREFIX)).map((m) => m.slice(ID_PREFIX.length));
      const users = ids.filter((id) => userIds.has(id)).sort(byCodeUnit);
      const anonymous = ids.filter((id) => !userIds.has(id)).sort(byCodeUnit);
      const customerId = users[0] ?? anonymous[0];
      if (customerId === undefined) continue;
      const keys = members
        .filter((m) => m.startsWith(KEY_PREFIX))
        .map(decodeKey)
        .sort(byCodeUnit);
      for (const id of ids) customerIdOf.set(id, customerId);
      for (const key of keys) customerIdOfKey.set(key, customerId);
      customers.set(customerId, { customerId, userIds: users, anonymousIds: anonymous, sharedKeys: keys });
    }
    return { customerIdOf, customers, customerIdOfKey };
  };
  return { addRows, addLinks, build };
}

/** Stitches rows and/or explicit links into one identity map. */
export function stitchIdentities(
  input: { rows?: Iterable<ImportRow>; links?: Iterable<IdentityLink> },
  options: StitchOptions = {},
): IdentityMap {
  const stitcher = createIdentityStitcher(options);
  if (input.rows) stitcher.addRows(input.rows);
  if (input.links) stitcher.addLinks(input.links);
  return stitcher.build();
}
