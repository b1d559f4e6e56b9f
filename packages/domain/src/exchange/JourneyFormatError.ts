/** One problem in a journey document: where (`journey.touchpoints.3.emotion`; '' for the whole document) and what. */
export interface JourneyFormatIssue {
  path: string;
  message: string;
}

const SHOWN_IN_MESSAGE = 5;

/** Thrown by `parseJourneyDocument` when a document cannot be read; `issues` lists every problem found. */
export class JourneyFormatError extends Error {
  readonly issues: readonly JourneyFormatIssue[];

  constructor(issues: readonly JourneyFormatIssue[]) {
    const shown = issues
      .slice(0, SHOWN_IN_MESSAGE)
      .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    const more = issues.length > SHOWN_IN_MESSAGE ? ` (and ${issues.length - SHOWN_IN_MESSAGE} more)` : '';
    super(`invalid journey document: ${shown.join('; ')}${more}`);
    this.name = 'JourneyFormatError';
    this.issues = issues;
  }
}
