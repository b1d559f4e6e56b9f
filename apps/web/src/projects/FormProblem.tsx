import { ApiError } from '../api/client.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';

/** A refused save under its form: what the server said, and each field it named. Nothing without an error. */
export function FormProblem({ error, testId }: { error: unknown; testId: string }) {
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="pj-new__error" data-testid={testId}>
      <ErrorAlert error={error} />
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue.path}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
