import type { ProgressStream } from '../mine/drawProgressBar.js';

/** One line `label [####....] 45%  detail`, redrawn in place on a terminal (nothing elsewhere). */
export function createStepLine(stream: ProgressStream) {
  if (stream.isTTY !== true) return null;
  let drawn = '';
  return {
    draw(label: string, share: number | null, detail = '') {
      const width = Math.max(20, (stream.columns || 80) - 1);
      const percent = share === null ? '' : ` ${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
      const suffix = `${percent}${detail ? `  ${detail}` : ''}`;
      const barWidth = share === null ? 0 : width - label.length - suffix.length - 3;
      const bar =
        barWidth >= 4 && share !== null
          ? ` [${'#'.repeat(Math.round(share * barWidth))}${'.'.repeat(barWidth - Math.round(share * barWidth))}]`
          : '';
      const line = `\r${`${label}${bar}${suffix}`.slice(0, width).padEnd(width)}`;
      if (line !== drawn) stream.write(line);
      drawn = line;
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = '';
    },
  };
}
