// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildResources } from './i18n.js';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keysOf(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('message catalogues', () => {
  const resources = buildResources();

  it('buildResources() has English and Dutch with the same namespaces', () => {
    expect(Object.keys(resources.nl ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort());
    expect(Object.keys(resources.en ?? {})).toContain('common');
  });

  it('every English key has a Dutch translation and the other way round, none empty', () => {
    for (const namespace of Object.keys(resources.en ?? {})) {
      const en = keysOf(resources.en![namespace]).sort();
      const nl = keysOf(resources.nl![namespace]).sort();
      expect({ namespace, keys: nl }).toEqual({ namespace, keys: en });
      for (const key of en) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources.nl![namespace]);
        expect(
          typeof value === 'string' && value.trim().length > 0,
          `${namespace}:${key} is empty in nl`,
        ).toBe(true);
      }
    }
  });
});
