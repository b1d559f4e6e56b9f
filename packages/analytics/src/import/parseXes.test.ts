import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { samplesDir } from '../testing/loadLogRows.js';
import { parseXes } from './parseXes.js';
import { ImportError, type ImportProgress, type ImportRow } from './types.js';

async function collect(iterable: AsyncIterable<ImportRow[]>): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const batch of iterable) rows.push(...batch);
  return rows;
}

/** Parses an XES text given as a stream named `name`. */
const parseText = (name: string, text: string): Promise<ImportRow[]> =>
  collect(parseXes({ stream: Readable.from([Buffer.from(text)]), name }, {}));

/** A one-event log; line 4 holds the activity, line 5 `extra` (an attribute of the event). */
const oneEvent = (
  activity: string,
  extra = '<string key="org:resource" value="Pete"/>',
  header = '',
): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">${header}\n<trace><string key="concept:name" value="c1"/><event>\n<string key="concept:name" value="${activity}"/>\n${extra}\n<date key="time:timestamp" value="2024-01-01T00:00:00Z"/>\n</event></trace>\n</log>\n`;

describe('parseXes', () => {
  test('parseXes(running-example.xes) reads 42 events with offsets applied and trace attributes as case attributes', async () => {
    const rows = await collect(parseXes({ path: `${samplesDir}running-example.xes` }, {}));
    expect(rows).toHaveLength(42);
    const first = rows[0] as ImportRow;
    expect(first).toMatchObject({ caseId: '3', activity: 'register request', eventId: '3/0', source: 'xes' });
    expect(new Date(first.tsMs).toISOString()).toBe('2010-12-30T13:32:00.000Z'); // 14:32 at +01:00
    expect(first.properties).toMatchObject({ 'case:creator': 'Fluxicon Nitro', 'org:resource': 'Pete' });
  });

  test('parseXes(bpic2012.xes.gz, classifier) joins concept:name and lifecycle:transition and reports progress', async () => {
    const progress: ImportProgress[] = [];
    const rows = await collect(
      parseXes(
        { path: `${samplesDir}bpic2012.xes.gz` },
        { classifier: ['concept:name', 'lifecycle:transition'] },
        (p) => progress.push(p),
      ),
    );
    expect(rows).toHaveLength(262_200);
    expect(rows[0]?.activity).toBe('A_SUBMITTED+COMPLETE');
    expect(rows[0]?.properties).toMatchObject({ 'case:AMOUNT_REQ': '20000' });
    expect(new Set(rows.map((r) => r.caseId)).size).toBe(13_087);
    const last = progress[progress.length - 1];
    expect(last?.rows).toBe(262_200);
    expect(last?.bytesRead).toBe(last?.bytesTotal);
  });

  test('parseXes(log with the predefined entities and character references) decodes them', async () => {
    const rows = await parseText(
      'entities.xes',
      oneEvent(
        '&amp;&lt;&gt;&quot;&apos; caf&#233; caf&#xE9;',
        '<string key="note" value="R&amp;D &#x1F600;"/>',
      ),
    );
    expect(rows.map((row) => row.activity)).toEqual(['&<>"\' café café']);
    expect(rows[0]?.properties).toMatchObject({ note: 'R&D 😀' });
  });

  test.each([
    ['an activity', oneEvent('&lol6;'), 4, '&lol6;'],
    [
      'an event attribute',
      oneEvent('a', '<string key="org:resource" value="Pete &lol6; Smith"/>'),
      5,
      '&lol6;',
    ],
    [
      'an attribute written unusually',
      oneEvent('a', "<string value='&lol6;' key='org:resource'/>"),
      5,
      '&lol6;',
    ],
    [
      'a case attribute',
      oneEvent('a').replace('<event>', '<string key="region" value="&north;"/>\n<event>'),
      3,
      '&north;',
    ],
    [
      'an activity, with a DTD that defines it (DTDs are not read)',
      `<?xml version="1.0"?>\n<!DOCTYPE log [<!ENTITY lol6 "lol">]>\n${oneEvent('&lol6;').split('\n').slice(1).join('\n')}`,
      5,
      '&lol6;',
    ],
    [
      'the log header',
      oneEvent(
        'a',
        undefined,
        '\n<global scope="event"><string key="concept:name" value="&lol6;"/></global>',
      ),
      3,
      '&lol6;',
    ],
  ])(
    'parseXes(log with an undefined entity in %s) fails with an ImportError naming the line and the entity',
    async (_where, text, line, entity) => {
      const attempt = parseText('lol.xes', text);
      await expect(attempt).rejects.toBeInstanceOf(ImportError);
      await expect(attempt).rejects.toThrow(`lol.xes, line ${line}: undefined entity ${entity}`);
    },
  );

  test('parseXes(log with a character reference to no character) fails with an ImportError at its line', async () => {
    const attempt = parseText('chars.xes', oneEvent('a', '<string key="note" value="&#x110000;"/>'));
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow('chars.xes, line 5: invalid character reference &#x110000;');
  });
});
