import type { ImportProgress } from '@trailmap/analytics';

/** A one-line progress bar (bytes when the size is known, else rows), redrawn with a carriage return. */
export function drawProgressBar(progress: ImportProgress, width = 30): string {
  if (progress.bytesTotal) {
    const share = Math.min(1, progress.bytesRead / progress.bytesTotal);
    const filled = Math.round(share * width);
    return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}%  ${progress.rows.toLocaleString('en')} events`;
  }
  return `\r${progress.rows.toLocaleString('en')} events`;
}
