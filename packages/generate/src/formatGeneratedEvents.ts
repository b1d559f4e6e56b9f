import {
  CSV_HEADER,
  formatCsvLine,
  formatNdjsonLine,
  formatSegmentMessage,
  type GenerateTextFormat,
} from './formatEvent.js';
import { generateEvents, type GenerateOptions } from './generateEvents.js';

export interface FormatGeneratedOptions extends GenerateOptions {
  format: GenerateTextFormat;
  /** Called after each chunk is taken, with the events formatted so far. */
  onProgress?: (eventsWritten: number) => void;
}

/**
 * The generated log as text in a file format, one chunk per batch (CSV with its header, NDJSON, or one
 * Segment batch document): no disk needed — `pipeline(formatGeneratedEvents(options), anyWritable)` or
 * `Readable.from(…)` streams it where it should go. The same options give the same bytes.
 */
export async function* formatGeneratedEvents(options: FormatGeneratedOptions): AsyncGenerator<string> {
  if (options.format === 'csv') yield CSV_HEADER + '\n';
  if (options.format === 'segment') yield '{"batch":[\n';
  let events = 0;
  for await (const batch of generateEvents(options)) {
    if (options.format === 'segment')
      yield batch.map((row, i) => (events + i === 0 ? '' : ',\n') + formatSegmentMessage(row)).join('');
    else yield batch.map(options.format === 'csv' ? formatCsvLine : formatNdjsonLine).join('');
    events += batch.length;
    options.onProgress?.(events);
  }
  if (options.format === 'segment') yield '\n]}\n';
}
