import { DuplicateError, MissingReferenceError } from './types.js';

/** The field each unique constraint protects, as the caller knows it. */
const FIELD_BY_CONSTRAINT: Record<string, string> = {
  users_email_unique: 'email',
  memberships_pkey: 'userId',
  invitations_workspace_email_unique: 'email',
  api_keys_secret_hash_unique: 'secretHash',
  users_pkey: 'id',
  workspaces_pkey: 'id',
  invitations_pkey: 'id',
  api_keys_pkey: 'id',
  personas_pkey: 'id',
  journeys_pkey: 'id',
  sessions_pkey: 'tokenHash',
};

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

/** The field (and the kind of thing it names) each foreign key a caller may trip over protects. */
const REFERENCE_BY_CONSTRAINT: Record<string, { field: string; what: string }> = {
  journeys_dataset_id_datasets_id_fk: { field: 'datasetId', what: 'dataset' },
  projects_journey_id_journeys_id_fk: { field: 'journeyId', what: 'journey' },
  projects_owner_id_users_id_fk: { field: 'ownerId', what: 'user' },
  project_kpis_project_id_projects_id_fk: { field: 'projectId', what: 'project' },
  project_kpis_dataset_id_datasets_id_fk: { field: 'scope.datasetId', what: 'dataset' },
  project_kpis_journey_id_journeys_id_fk: { field: 'scope.journeyId', what: 'journey' },
  project_kpis_persona_id_personas_id_fk: { field: 'scope.personaId', what: 'persona' },
};

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
  detail?: unknown;
  cause?: unknown;
}

/** Finds the PostgreSQL error in a chain of causes (Drizzle wraps driver errors in `DrizzleQueryError`). */
function findViolation(error: unknown, code: string): PgErrorFields | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const fields = current as PgErrorFields;
    if (fields.code === code) return fields;
    current = fields.cause;
  }
  return null;
}

const findUniqueViolation = (error: unknown) => findViolation(error, UNIQUE_VIOLATION);

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Names the field of a unique violation: from the constraint name, else from "Key (column)=… already exists". */
function nameField(violation: PgErrorFields): string {
  if (typeof violation.constraint === 'string') {
    const known = FIELD_BY_CONSTRAINT[violation.constraint];
    if (known) return known;
  }
  if (typeof violation.detail === 'string') {
    const match = /^Key \(([^)]+)\)=/.exec(violation.detail);
    const columns = match?.[1]?.split(',').map((c) => c.trim());
    const last = columns?.[columns.length - 1];
    if (last) return camelCase(last);
  }
  return typeof violation.constraint === 'string' ? violation.constraint : 'unknown';
}

/** Turns a unique violation (SQLSTATE 23505) into a `DuplicateError`; other errors pass through. */
export function translateDuplicate(error: unknown): unknown {
  const violation = findUniqueViolation(error);
  if (!violation) return error;
  const field = nameField(violation);
  return new DuplicateError(`${field} is already taken`, field);
}

/** Runs a write and rethrows a unique violation as `DuplicateError`. */
export async function rejectDuplicates<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw translateDuplicate(error);
  }
}

/**
 * Runs a write and rethrows a unique violation as `DuplicateError` and a violation of a known foreign key
 * as `MissingReferenceError`.
 */
export async function rejectBrokenReferences<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const violation = findViolation(error, FOREIGN_KEY_VIOLATION);
    const known =
      violation && typeof violation.constraint === 'string'
        ? REFERENCE_BY_CONSTRAINT[violation.constraint]
        : null;
    if (known) throw new MissingReferenceError(known.field, known.what);
    throw translateDuplicate(error);
  }
}
