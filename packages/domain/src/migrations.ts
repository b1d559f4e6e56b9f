/**
 * Versioned migrations for stored and exchanged records, in the spirit of tldraw's record migrations:
 * every record type has a current version and an ordered list of steps that lift an older object
 * one version up. Stored documents and imported files are migrated on read.
 */
export interface MigrationStep {
  /** The version this step produces; it runs on objects of version `to - 1`. */
  readonly to: number;
  readonly description: string;
  readonly up: (record: Record<string, unknown>) => Record<string, unknown>;
}

export interface MigrationSequence {
  readonly recordType: string;
  readonly currentVersion: number;
  readonly steps: readonly MigrationStep[];
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly recordType: string,
    readonly fromVersion: number,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Lifts `record` (at `fromVersion`) to the sequence's current version; refuses versions from the future. */
export function migrateRecord(
  sequence: MigrationSequence,
  record: Record<string, unknown>,
  fromVersion: number,
): Record<string, unknown> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new MigrationError(
      `${sequence.recordType}: version must be a whole number ≥ 1, got ${String(fromVersion)}`,
      sequence.recordType,
      fromVersion,
    );
  }
  if (fromVersion > sequence.currentVersion) {
    throw new MigrationError(
      `${sequence.recordType}: version ${fromVersion} is newer than this Trailmap understands (${sequence.currentVersion}); upgrade Trailmap`,
      sequence.recordType,
      fromVersion,
    );
  }
  let current = record;
  for (let v = fromVersion + 1; v <= sequence.currentVersion; v++) {
    const step = sequence.steps.find((s) => s.to === v);
    if (!step) {
      throw new MigrationError(
        `${sequence.recordType}: no migration to version ${v}`,
        sequence.recordType,
        fromVersion,
      );
    }
    current = step.up(current);
  }
  return current;
}
