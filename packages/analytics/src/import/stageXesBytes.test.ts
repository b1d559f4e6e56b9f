import { describe, expect, test } from 'vitest';
import { XesFastPathUnsupported, XesStagingScanner } from './stageXesBytes.js';

/** Scans `xes` in one chunk; returns the staged event rows (fields split at `\x01`). */
function stage(xes: string): string[][] {
  const rows: string[][] = [];
  const scanner = new XesStagingScanner({
    batch: (events) => {
      for (const line of Buffer.from(events).toString('utf8').split('\n'))
        if (line) rows.push(line.split('\x01'));
    },
  });
  scanner.feed(Buffer.from(xes));
  scanner.finish();
  return rows;
}

const oneEvent = (attribute: string, header = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">${header}\n<trace>\n<string key="concept:name" value="c1"/>\n<event>\n<string key="concept:name" value="a"/>\n${attribute}\n<date key="time:timestamp" value="2024-01-01T00:00:00Z"/>\n</event>\n</trace>\n</log>\n`;

describe('XesStagingScanner', () => {
  test('XesStagingScanner(log with the predefined entities and character references) stages them decoded', () => {
    const rows = stage(
      oneEvent('<string key="note" value="&amp;&lt;&gt;&quot;&apos; caf&#233; caf&#xE9;"/>'),
    );
    expect(rows).toHaveLength(1);
    expect(JSON.parse(`{${rows[0]?.[6]}}`)).toEqual({ note: '&<>"\' café café' });
  });

  test.each([
    [
      'an undefined entity in an event attribute',
      oneEvent('<string key="org:resource" value="Pete &lol6; Smith"/>'),
    ],
    ['an undefined entity in a typed attribute', oneEvent('<int key="cost" value="&lol6;"/>')],
    [
      'an undefined entity in the log header',
      oneEvent('', '<global scope="event"><string key="org:resource" value="&lol6;"/></global>'),
    ],
    ['a character reference to no character', oneEvent('<string key="note" value="&#x110000;"/>')],
  ])('XesStagingScanner(log with %s) gives up instead of staging it', (_where, xes) => {
    expect(() => stage(xes)).toThrow(XesFastPathUnsupported);
  });
});
