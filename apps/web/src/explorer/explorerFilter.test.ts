import { describe, expect, it } from 'vitest';
import {
  addEdgeToFilter,
  addToFilter,
  listFilterParts,
  readFilter,
  removeFilterPart,
  writeFilter,
} from './explorerFilter.js';

describe('explorer filter', () => {
  it('readFilter / writeFilter round-trip a filter and drop empty parts; bad text reads as none', () => {
    const filter = { channels: ['web'], contains: ['Pay'], notContains: [] };
    expect(writeFilter(filter)).toBe('{"channels":["web"],"contains":["Pay"]}');
    expect(readFilter(writeFilter(filter))).toEqual({ channels: ['web'], contains: ['Pay'] });
    expect(writeFilter({ channels: [] })).toBeNull();
    expect(readFilter('{not json')).toEqual({});
    expect(readFilter('[1]')).toEqual({});
  });

  it('listFilterParts names each active part; removeFilterPart takes exactly that one away', () => {
    let filter = addToFilter(addToFilter({}, 'channels', 'web'), 'channels', 'phone');
    filter = addEdgeToFilter(addToFilter(filter, 'contains', 'Pay'), 'Cart', 'Pay');
    filter = {
      ...filter,
      attributes: [{ key: 'tier', op: 'equals', value: 'gold' }],
      from: '2024-01-01T00:00:00.000Z',
    };
    const parts = listFilterParts(filter);
    expect(parts.map((p) => p.kind)).toEqual(['from', 'channel', 'channel', 'attribute', 'contains', 'edge']);
    expect(parts[3]).toMatchObject({ label: 'tier = gold' });
    const withoutWeb = removeFilterPart(filter, parts[1]!);
    expect(withoutWeb.channels).toEqual(['phone']);
    const withoutEdge = removeFilterPart(filter, parts[5]!);
    expect(withoutEdge.edges).toBeUndefined();
    expect(addToFilter(filter, 'channels', 'web')).toBe(filter);
  });
});
