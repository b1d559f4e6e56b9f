import { describe, expect, test } from 'vitest';
import { createProgressLine, drawProgressBar, type ProgressStream } from './drawProgressBar.js';

/** A stream that says it is a terminal of `columns` characters and keeps what is written to it. */
function fakeTerminal(columns: number | undefined, isTTY = true): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return {
    isTTY,
    columns,
    written,
    write(text: string) {
      written.push(text);
      return true;
    },
  };
}

describe('drawProgressBar', () => {
  test('drawProgressBar(progress, columns) fills the terminal width less one column, after a carriage return', () => {
    const line = drawProgressBar({ rows: 12_345, bytesRead: 50, bytesTotal: 100 }, 60);
    expect(line).toBe(`\r[${'#'.repeat(19)}${'.'.repeat(19)}] 50%  12,345 events`);
    expect(line.length - 1).toBe(59);
    expect(drawProgressBar({ rows: 1, bytesRead: 100, bytesTotal: 100 }, 120)).toHaveLength(120);
  });

  test('drawProgressBar without a known size shows the events read, padded over the last draw', () => {
    expect(drawProgressBar({ rows: 9000, bytesRead: 0, bytesTotal: null }, 20)).toBe(
      `\r${'9,000 events'.padEnd(19)}`,
    );
  });

  test('drawProgressBar on a narrow terminal drops the bar and never exceeds the width', () => {
    expect(drawProgressBar({ rows: 5, bytesRead: 1, bytesTotal: 4 }, 18)).toBe(
      `\r${'25%  5 events'.padEnd(17)}`,
    );
    expect(drawProgressBar({ rows: 123_456, bytesRead: 1, bytesTotal: 4 }, 8)).toBe('\r25%  12');
  });
});

describe('createProgressLine', () => {
  test('createProgressLine(terminal) redraws one line in place and ends it with a newline', () => {
    const terminal = fakeTerminal(40);
    let clock = 0;
    const line = createProgressLine(terminal, () => clock);
    expect(line).not.toBeNull();
    line?.update({ rows: 10, bytesRead: 10, bytesTotal: 100 });
    clock += 50; // too soon to redraw
    line?.update({ rows: 20, bytesRead: 20, bytesTotal: 100 });
    clock += 100;
    line?.update({ rows: 30, bytesRead: 30, bytesTotal: 100 });
    line?.update({ rows: 100, bytesRead: 100, bytesTotal: 100 }); // done: always drawn
    line?.finish();
    expect(terminal.written).toEqual([
      drawProgressBar({ rows: 10, bytesRead: 10, bytesTotal: 100 }, 40),
      drawProgressBar({ rows: 30, bytesRead: 30, bytesTotal: 100 }, 40),
      drawProgressBar({ rows: 100, bytesRead: 100, bytesTotal: 100 }, 40),
      '\n',
    ]);
    expect(terminal.written.slice(0, 3).every((text) => text.startsWith('\r') && text.length === 40)).toBe(
      true,
    );
  });

  test('createProgressLine draws the last state on finish, follows a resized terminal and erases itself before an error', () => {
    const terminal = fakeTerminal(30);
    const clock = 0; // the clock stands still: only the first update and the finish draw
    const line = createProgressLine(terminal, () => clock);
    line?.update({ rows: 1, bytesRead: 0, bytesTotal: null });
    line?.update({ rows: 2, bytesRead: 0, bytesTotal: null });
    terminal.columns = 50;
    line?.finish();
    expect(terminal.written).toEqual([`\r${'1 event'.padEnd(29)}`, `\r${'2 events'.padEnd(49)}`, '\n']);
    const failing = fakeTerminal(undefined);
    const other = createProgressLine(failing, () => clock);
    other?.update({ rows: 1, bytesRead: 0, bytesTotal: null });
    other?.finish({ clear: true });
    expect(failing.written).toEqual([`\r${'1 event'.padEnd(79)}`, `\r${' '.repeat(79)}\r`]);
  });

  test('createProgressLine(not a terminal) is null: nothing is drawn', () => {
    expect(createProgressLine(fakeTerminal(80, false))).toBeNull();
    expect(createProgressLine({ write: () => true })).toBeNull();
  });
});
