import type { JourneyDocument } from './journeyDocument.js';

/** The document as pretty-printed JSON text (two-space indent, trailing newline), ready to save as `.json`. */
export function serializeJourneyDocument(document: JourneyDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
