import type { ImportProgress } from '@trailmap/analytics';

/** The part of a terminal stream the progress line needs (`process.stderr` has it). */
export interface ProgressStream {
  write(text: string): unknown;
  /** True on a terminal; the progress line is drawn only then. */
  isTTY?: boolean;
  /** The terminal's width in characters. */
  columns?: number;
}

const defaultColumns = 80;
/** Redraws at most this often (the last state is always drawn). */
const redrawMs = 100;

/**
 * One progress line that fills `columns` less one character (so the terminal never wraps it), starting
 * with a carriage return so that each draw replaces the last: a bar with the share of bytes read when the
 * size is known, else the number of events read, padded to the full width.
 */
export function drawProgressBar(progress: ImportProgress, columns = defaultColumns): string {
  const width = Math.max(1, columns - 1);
  const events = `${progress.rows.toLocaleString('en')} event${progress.rows === 1 ? '' : 's'}`;
  let text = events;
  if (progress.bytesTotal) {
    const share = Math.min(1, progress.bytesRead / progress.bytesTotal);
    const label = ` ${Math.round(share * 100)}%  ${events}`;
    const barWidth = width - label.length - 2;
    if (barWidth >= 4) {
      const filled = Math.round(share * barWidth);
      text = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]${label}`;
    } else {
      text = label.trimStart();
    }
  }
  return `\r${text.slice(0, width).padEnd(width)}`;
}

export interface ProgressLine {
  update(progress: ImportProgress): void;
  /** Draws the last state and ends the line (`clear`: erases it instead, before an error message). */
  finish(options?: { clear?: boolean }): void;
}

/**
 * A progress line on `stream` when it is a terminal, redrawn in place at the terminal's current width;
 * null otherwise (output to a file or a pipe gets nothing but the result).
 */
export function createProgressLine(
  stream: ProgressStream,
  now: () => number = Date.now,
): ProgressLine | null {
  if (stream.isTTY !== true) return null;
  const columns = (): number => stream.columns || defaultColumns;
  let last: ImportProgress | null = null;
  let drawn: string | null = null;
  let drawnAt = Number.NEGATIVE_INFINITY;
  let started = false;
  const draw = (progress: ImportProgress): void => {
    const line = drawProgressBar(progress, columns());
    if (line === drawn) return;
    stream.write(line);
    drawn = line;
    drawnAt = now();
    started = true;
  };
  return {
    update(progress) {
      last = progress;
      const done = progress.bytesTotal !== null && progress.bytesRead >= progress.bytesTotal;
      if (done || now() - drawnAt >= redrawMs) draw(progress);
    },
    finish(options = {}) {
      if (options.clear) {
        if (started) stream.write(`\r${' '.repeat(Math.max(1, columns() - 1))}\r`);
        return;
      }
      if (last) draw(last);
      if (started) stream.write('\n');
    },
  };
}
