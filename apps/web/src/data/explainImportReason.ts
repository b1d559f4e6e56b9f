/**
 * The importer's reason for a failed import (English, from the server) as a sentence of the `data`
 * catalogue (`problem.reasons.<key>`) with its values, so it reads in the user's language. Null for a
 * reason it does not know; the page then shows the importer's own words.
 */
export interface ExplainedReason {
  key: string;
  values: Record<string, string>;
}

const PATTERNS: [RegExp, string, string[]][] = [
  [/^unparsable timestamp "(.*)"$/s, 'timestampUnreadable', ['value']],
  [/^empty or unparsable timestamp$/, 'timestampEmptyOrUnreadable', []],
  [/^empty timestamp$/, 'timestampEmpty', []],
  [/^event has no "time:timestamp" attribute$/, 'timestampEmpty', []],
  [/^empty activity$/, 'activityEmpty', []],
  [/^event has no "(.*)" attribute \(needed by the classifier\)/, 'classifierMissing', ['value']],
  [/^empty case id/, 'caseEmpty', []],
  [/^expected (\d+) fields, found (\d+)/, 'fieldCount', ['expected', 'found']],
  [/^(nps|csat|ces) score/i, 'scoreOutOfRange', ['score']],
  [/^a quoted field is never closed/, 'quoteNotClosed', []],
  [/^duplicate event id "?([^"]*)"?/, 'duplicateEventId', ['value']],
  [/^the gzip data is (truncated|corrupt)/, 'gzipBroken', []],
  [/^(the file is not valid UTF-8|invalid UTF-8)/, 'notUtf8', []],
  [/^(the file is empty|no events$|no header row)/, 'empty', []],
  [/^invalid JSON/, 'invalidJson', []],
  [/^(line is longer than|a line longer than)/, 'lineTooLong', []],
  [/^none of the [\d,.]+ events has a case id/, 'noCaseIds', []],
  [/^none of the [\d,.]+ events has a customer or anonymous id/, 'noCustomerIds', []],
  [/^none of the [\d,.]+ events lies in a journey/, 'noJourneys', []],
  [/^no case column/, 'noCaseColumn', []],
  [/^cutting each customer's events into journeys holds at most/, 'tooManyForCustomerCut', []],
  [/^(no XML elements|not a readable Parquet file|expected \{ batch)/, 'notReadable', []],
  [/^server error$/, 'server', []],
  [/^the server stopped during the import/, 'serverStopped', []],
];

export function explainImportReason(reason: string): ExplainedReason | null {
  for (const [pattern, key, names] of PATTERNS) {
    const match = pattern.exec(reason.trim());
    if (match) {
      const values: Record<string, string> = {};
      names.forEach((name, i) => {
        const value = match[i + 1] ?? '';
        values[name] = name === 'score' ? value.toUpperCase() : value;
      });
      return { key, values };
    }
  }
  return null;
}
