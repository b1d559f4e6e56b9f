import { ImportError } from '@trailmap/analytics';
import type { ImportProblem } from '@trailmap/domain';

/** What an import's failure says to the person who uploaded the file: file, line, column and reason. */
export function toImportProblem(error: unknown): ImportProblem {
  if (error instanceof ImportError) {
    return {
      message: error.message,
      reason: error.reason,
      file: error.where.file ?? null,
      line: error.where.line ?? null,
      column:
        error.where.column !== undefined
          ? String(error.where.column)
          : error.where.field !== undefined
            ? error.where.field
            : null,
    };
  }
  return {
    message: 'the import stopped on an error of the server; try again, or report it',
    reason: 'server error',
    file: null,
    line: null,
    column: null,
  };
}
