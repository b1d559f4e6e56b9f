import { describe, expect, it } from 'vitest';
import { migrateRecord, MigrationError, type MigrationSequence } from './migrations.js';

const sequence: MigrationSequence = {
  recordType: 'example',
  currentVersion: 3,
  steps: [
    { to: 2, description: 'rename name → title', up: ({ name, ...rest }) => ({ ...rest, title: name }) },
    { to: 3, description: 'add evidence', up: (r) => ({ ...r, evidence: 'assumption' }) },
  ],
};

describe('migrateRecord', () => {
  it('migrateRecord(v1) runs every step in order up to the current version', () => {
    expect(migrateRecord(sequence, { name: 'Ad' }, 1)).toEqual({ title: 'Ad', evidence: 'assumption' });
  });

  it('migrateRecord(v2) runs only the later steps; the current version is left as it is', () => {
    expect(migrateRecord(sequence, { title: 'Ad' }, 2)).toEqual({ title: 'Ad', evidence: 'assumption' });
    expect(migrateRecord(sequence, { title: 'Ad', evidence: 'data' }, 3)).toEqual({
      title: 'Ad',
      evidence: 'data',
    });
  });

  it('migrateRecord refuses a version from the future and nonsense versions', () => {
    expect(() => migrateRecord(sequence, {}, 4)).toThrow(/newer than this Trailmap understands/);
    expect(() => migrateRecord(sequence, {}, 0)).toThrow(MigrationError);
    expect(() => migrateRecord(sequence, {}, 1.5)).toThrow(MigrationError);
  });

  it('migrateRecord reports a missing step', () => {
    const gap: MigrationSequence = { recordType: 'gap', currentVersion: 3, steps: [sequence.steps[0]!] };
    expect(() => migrateRecord(gap, { name: 'x' }, 1)).toThrow(/no migration to version 3/);
  });
});
