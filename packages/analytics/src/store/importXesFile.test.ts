import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseXes } from '../import/parseXes.js';
import { ImportError } from '../import/types.js';
import { samplesDir } from '../testing/loadLogRows.js';
import { importEvents } from './importEvents.js';
import { importXesFile, xesImportPaths } from './importXesFile.js';
import { openEventStore, type EventStore } from './openEventStore.js';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-xes-import-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const storedColumns = `seq - min(seq) OVER () AS seq, event_id, customer_id, anonymous_id, case_id,
  epoch_ms(ts) AS ts, start_ts, activity, channel, source, properties::VARCHAR AS properties, nps, csat, ces`;

/** Every stored column of a dataset, in seq order, with seq counted from the dataset's first event. */
async function storedRows(store: EventStore, dataset: string): Promise<string[]> {
  const reader = await store.connection.runAndReadAll(
    `SELECT ${storedColumns} FROM events WHERE dataset = $dataset ORDER BY seq`,
    { dataset },
  );
  return reader
    .getRows()
    .map((row) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
}

/** The row count and an MD5 over every stored column of every row in seq order (for large logs). */
async function fingerprint(store: EventStore, dataset: string): Promise<string> {
  const reader = await store.connection.runAndReadAll(
    `SELECT count(*) || ' ' || md5(string_agg(CAST(r AS VARCHAR), chr(10) ORDER BY r.seq)) AS f
     FROM (SELECT ${storedColumns} FROM events WHERE dataset = $dataset) r`,
    { dataset },
  );
  return String(reader.getRowObjectsJS()[0]?.f);
}

/** Imports `path` with importXesFile and with parseXes + importEvents; returns what `read` says of each. */
async function importBothWays<T = string[]>(
  path: string,
  classifier?: string[],
  read: (store: EventStore, dataset: string) => Promise<T> = storedRows as never,
): Promise<{ fast: T; precise: T }> {
  const fastStore = await openEventStore();
  const preciseStore = await openEventStore();
  try {
    await importXesFile(fastStore, 'log', path, classifier ? { classifier } : {});
    await importEvents(preciseStore, 'log', parseXes({ path }, classifier ? { classifier } : {}));
    return { fast: await read(fastStore, 'log'), precise: await read(preciseStore, 'log') };
  } finally {
    fastStore.close();
    preciseStore.close();
  }
}

const event = (name: string, ts: string, extra = ''): string =>
  `\t\t<event>\n\t\t\t<string key="concept:name" value="${name}"/>\n${extra}\t\t\t<date key="time:timestamp" value="${ts}"/>\n\t\t</event>\n`;
const log = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" ?>\n<!-- written by hand -->\n<log xes.version="1.0" xmlns="http://www.xes-standard.org/">\n\t<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n\t<global scope="event">\n\t\t<string key="concept:name" value="UNKNOWN"/>\n\t</global>\n\t<classifier name="Activity" keys="concept:name lifecycle:transition"/>\n\t<float key="meta" value="1.5">\n\t\t<float key="10609" value="2.5"/>\n\t</float>\n${body}</log>\n`;

/** Values that need decoding or escaping, typed attributes, comments, attributes after events, an empty trace. */
const tricky = log(
  `\t<trace>\n\t\t<date key="REG_DATE" value="2011-10-01T00:38:44.546+02:00"/>\n\t\t<string key="concept:name" value="c1"/>\n\t\t<int key="amount" value="20000"/>\n\t\t<float key="rate" value="1.50"/>\n\t\t<boolean key="vip" value="true"/>\n\t\t<string key="note" value="a &amp; b &lt;c&gt; &#233; &quot;q&quot;"/>\n\t\t<string key="path" value="C:\\dir\\file"/>\n\t\t<string key="stad" value="Zoë"/>\n` +
    event(
      'Aanvraag ingediend',
      '2024-03-01 10:00:00',
      '\t\t\t<int key="cost" value="1e3"/>\n\t\t\t<float key="score" value="n/a"/>\n\t\t\t<string key="lifecycle:transition" value="start" />\n',
    ) +
    `\t\t<!-- a comment in a trace -->\n` +
    event(
      'Aanvraag ingediend',
      '2024-03-01T10:00:00Z',
      '\t\t\t<!-- and one in an event -->\n\t\t\t<string key="lifecycle:transition" value="complete"/>\n\t\t\t<string key="tab" value="x&#9;y"/>\n',
    ) +
    event(
      'Beoordeeld',
      '2024-03-02T09:30:00.250-05:00',
      '\t\t\t<boolean key="ok" value="false"/>\n\t\t\t<string key="lifecycle:transition" value="complete"/>\n',
    ) +
    `\t\t<string key="late" value="after the events"/>\n\t</trace>\n\t<trace>\n\t\t<string key="concept:name" value="empty"/>\n\t</trace>\n\t<trace>\n\t\t<string key="concept:name" value="c2"/>\n` +
    event(
      'Aanvraag ingediend',
      '2024-03-05T08:00:00+01:00',
      '\t\t\t<string key="lifecycle:transition" value="complete"/>\n',
    ) +
    `\t</trace>\n`,
);

let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
});
afterAll(() => store.close());

describe('importXesFile', () => {
  test.each(['running-example.xes', 'helpdesk.xes.gz', 'bpic2012.xes.gz'])(
    'importXesFile(%s) takes the fast path and stores exactly what parseXes + importEvents store',
    async (name) => {
      const fastBefore = xesImportPaths.fast;
      const { fast, precise } = await importBothWays(`${samplesDir}${name}`, undefined, fingerprint);
      expect(xesImportPaths.fast).toBe(fastBefore + 1);
      expect(fast).toMatch(/^[1-9]\d* [0-9a-f]{32}$/);
      expect(fast).toBe(precise);
    },
    60_000,
  );

  test('importXesFile(running-example.xes, classifier) joins the classifier keys as parseXes does', async () => {
    const { fast, precise } = await importBothWays(`${samplesDir}running-example.xes`, [
      'concept:name',
      'org:resource',
    ]);
    expect(fast).toEqual(precise);
    expect(fast[0]).toContain('"register request+Pete"');
  });

  test('importXesFile(log) takes entities, typed values, comments, late trace attributes and empty traces on the fast path', async () => {
    const path = write('tricky.xes', tricky);
    const fastBefore = xesImportPaths.fast;
    const { fast, precise } = await importBothWays(path);
    expect(xesImportPaths.fast).toBe(fastBefore + 1);
    expect(fast).toEqual(precise);
    expect(fast).toHaveLength(4);
    const first = JSON.parse(fast[0] as string) as unknown[];
    expect(JSON.parse(first[10] as string)).toEqual({
      'case:REG_DATE': '2011-10-01T00:38:44.546+02:00',
      'case:amount': 20000,
      'case:rate': 1.5,
      'case:vip': true,
      'case:note': 'a & b <c> é "q"',
      'case:path': 'C:\\dir\\file',
      'case:stad': 'Zoë',
      'case:late': 'after the events',
      cost: 1000,
      score: 'n/a',
      'lifecycle:transition': 'start',
    });
    // the same again, as gzip and with the classifier
    const gz = write('tricky.xes.gz', gzipSync(tricky));
    const both = await importBothWays(gz, ['concept:name', 'lifecycle:transition']);
    expect(both.fast).toEqual(both.precise);
  });

  test('importXesFile(log with identity:id) uses the ids of the file and checks them', async () => {
    const withIds = log(
      `\t<trace>\n\t\t<string key="concept:name" value="k"/>\n` +
        event('a', '2024-01-01T00:00:00Z', '\t\t\t<id key="identity:id" value="e-1"/>\n') +
        event('b', '2024-01-01T00:01:00Z') +
        event('c', '2024-01-01T00:02:00Z', '\t\t\t<id key="identity:id" value="e-3"/>\n') +
        `\t</trace>\n`,
    );
    const { fast, precise } = await importBothWays(write('ids.xes', withIds));
    expect(fast).toEqual(precise);
    expect(fast.map((row) => (JSON.parse(row) as unknown[])[1])).toEqual(['e-1', 'k/1', 'e-3']);
  });

  test.each([
    [
      'a list attribute',
      event(
        'a',
        '2024-01-01T00:00:00Z',
        '\t\t\t<list key="l"><values><string key="x" value="1"/></values></list>\n',
      ),
    ],
    [
      'a key an object orders first',
      event('a', '2024-01-01T00:00:00Z', '\t\t\t<string key="10609" value="x"/>\n'),
    ],
    ['single quotes', event('a', '2024-01-01T00:00:00Z', "\t\t\t<string key='r' value='x'/>\n")],
    ['value before key', event('a', '2024-01-01T00:00:00Z', '\t\t\t<string value="x" key="r"/>\n')],
    [
      'a repeated key',
      event(
        'a',
        '2024-01-01T00:00:00Z',
        '\t\t\t<string key="r" value="1"/>\n\t\t\t<string key="r" value="2"/>\n',
      ),
    ],
    [
      'an event key named like a case key',
      event('a', '2024-01-01T00:00:00Z', '\t\t\t<string key="case:x" value="1"/>\n'),
    ],
    ['an activity with an entity', event('a&amp;b', '2024-01-01T00:00:00Z')],
    [
      'a nested attribute',
      event(
        'a',
        '2024-01-01T00:00:00Z',
        '\t\t\t<string key="r" value="1"><string key="s" value="2"/></string>\n',
      ),
    ],
  ])(
    'importXesFile(log with %s) falls back to the precise path, with the same result',
    async (_name, body) => {
      const path = write(
        'fallback.xes',
        log(`\t<trace>\n\t\t<string key="concept:name" value="t"/>\n${body}\t</trace>\n`),
      );
      const preciseBefore = xesImportPaths.precise;
      const { fast, precise } = await importBothWays(path);
      expect(xesImportPaths.precise).toBe(preciseBefore + 1);
      expect(fast).toEqual(precise);
      expect(fast).toHaveLength(1);
    },
  );

  test('importXesFile(log) is invisible to queries on store.connection until its one transaction commits', async () => {
    const path = write(
      'isolated.xes',
      logWithLateDuplicate(12_000).replace(/case-0"\/>\n(?![\s\S]*case-0)/, 'case-last"/>\n'),
    );
    const seen = new Set<number>();
    const fastBefore = xesImportPaths.fast;
    let polls = 0;
    let done = false;
    const importing = importXesFile(store, 'isolated', path).finally(() => (done = true));
    while (!done) {
      const reader = await store.connection.runAndReadAll(
        "SELECT count(*) AS n FROM events WHERE dataset = 'isolated'",
      );
      seen.add(Number(reader.getRowObjectsJS()[0]?.n));
      polls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = await importing;
    expect(result.eventsAdded).toBe(48_001);
    expect(xesImportPaths.fast).toBe(fastBefore + 1);
    expect(polls).toBeGreaterThan(2);
    seen.delete(0);
    seen.delete(48_001);
    expect([...seen]).toEqual([]);
  }, 60_000);

  test('importXesFile(log) gives DuckDB its threads back, after a fast import and after a fallback', async () => {
    const threaded = await openEventStore({ threads: 2 });
    const threads = async (): Promise<string> => {
      const reader = await threaded.connection.runAndReadAll("SELECT current_setting('threads') AS t");
      return String(reader.getRowObjectsJS()[0]?.t);
    };
    try {
      await importXesFile(threaded, 'fast', write('threads.xes', tricky));
      expect(await threads()).toBe('2');
      const bad = write('threads-bad.xes', '<log>\n<trace>\n<event>\n</trace>\n</log>\n');
      await expect(importXesFile(threaded, 'bad', bad)).rejects.toBeInstanceOf(ImportError);
      expect(await threads()).toBe('2');
    } finally {
      threaded.close();
    }
  });

  test('importXesFile(log) stages its batches in a folder of this process beside the store file, removed when it ends', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'trailmap-xes-staging-'));
    const fileStore = await openEventStore({ path: join(folder, 'events.duckdb') });
    const stagingDirs = (): string[] =>
      readdirSync(folder).filter((name) => name.startsWith(`trailmap-staging-${process.pid}-`));
    const seen = new Set<string>();
    try {
      const fastBefore = xesImportPaths.fast;
      const good = logWithLateDuplicate(4_000).replace(/case-0"\/>\n(?![\s\S]*case-0)/, 'case-last"/>\n');
      await importXesFile(fileStore, 'staged', write('staged.xes', good), {}, () => {
        for (const name of stagingDirs()) seen.add(name);
      });
      expect(xesImportPaths.fast).toBe(fastBefore + 1);
      expect(seen.size).toBe(1);
      expect(stagingDirs()).toEqual([]);
      // and after a fast path that gave up (the precise path reports the repeated case)
      const bad = write('staged-bad.xes', logWithLateDuplicate(4_000));
      await expect(importXesFile(fileStore, 'staged', bad)).rejects.toBeInstanceOf(ImportError);
      expect(stagingDirs()).toEqual([]);
    } finally {
      fileStore.close();
    }
  });

  test('importXesFile(same file again) adds nothing and records a new version', async () => {
    const path = write('again.xes', tricky);
    const first = await importXesFile(store, 'again', path);
    const second = await importXesFile(store, 'again', path);
    expect(first).toMatchObject({ version: 1, eventsRead: 4, eventsAdded: 4, eventsSkipped: 0 });
    expect(second).toMatchObject({ version: 2, eventsRead: 4, eventsAdded: 0, eventsSkipped: 4 });
    expect(await storedRows(store, 'again')).toHaveLength(4);
  });
});

async function snapshot(): Promise<string> {
  const reader = await store.connection.runAndReadAll(
    'SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM dataset_versions) AS versions, (SELECT max(seq) FROM events) AS seq, (SELECT count(*) FROM journey_starts) AS starts, (SELECT count(*) FROM journey_starts_recorded) AS recorded',
  );
  return JSON.stringify(reader.getRowObjectsJS(), (_k, v: unknown) =>
    typeof v === 'bigint' ? String(v) : v,
  );
}

/** A log of `traces` traces of 4 events each (several staging batches), then a trace that repeats an id. */
function logWithLateDuplicate(traces: number): string {
  const parts: string[] = [];
  for (let t = 0; t < traces; t++) {
    parts.push(`\t<trace>\n\t\t<string key="concept:name" value="case-${t}"/>\n`);
    for (let e = 0; e < 4; e++)
      parts.push(
        event(
          `step ${e}`,
          `2024-01-01T00:0${e}:00Z`,
          `\t\t\t<string key="org:resource" value="${'r'.repeat(40)}"/>\n`,
        ),
      );
    parts.push('\t</trace>\n');
  }
  parts.push(
    `\t<trace>\n\t\t<string key="concept:name" value="case-0"/>\n${event('step 0', '2024-01-02T00:00:00Z')}\t</trace>\n`,
  );
  return log(parts.join(''));
}

const badInputs: { name: string; path: () => string; message: RegExp }[] = [
  {
    name: 'a truncated gzip file',
    path: () => {
      const bytes = readFileSync(`${samplesDir}helpdesk.xes.gz`);
      return write('truncated.xes.gz', bytes.subarray(0, bytes.length >> 1));
    },
    message: /truncated\.xes\.gz.*gzip data is truncated/,
  },
  {
    name: 'malformed XML',
    path: () => write('malformed.xes', '<log>\n<trace>\n<event>\n</trace>\n</log>\n'),
    message: /malformed\.xes, line 4: malformed XML: <\/trace> closes <event>/,
  },
  {
    name: 'a file that ends inside a trace',
    path: () => write('cut.xes', '<log>\n<trace>\n<event>\n'),
    message: /cut\.xes, line \d+: unexpected end of document: <event> is never closed/,
  },
  {
    name: 'an unparsable timestamp',
    path: () =>
      write(
        'time.xes',
        '<log>\n<trace><string key="concept:name" value="1"/>\n<event><string key="concept:name" value="a"/><date key="time:timestamp" value="soon"/></event>\n</trace></log>',
      ),
    message: /time\.xes, line 3, field time:timestamp: unparsable timestamp "soon"/,
  },
  {
    name: 'an empty file',
    path: () => write('empty.xes', ''),
    message: /empty\.xes: the file is empty/,
  },
  {
    name: 'a 10 MB tag',
    path: () =>
      write('huge.xes', `<log>\n<trace>\n<string key="x" value="${'x'.repeat(10 * 1024 * 1024)}"/>`),
    message: /huge\.xes, line 3: a tag or text run longer than/,
  },
  {
    name: 'bytes that are not UTF-8',
    path: () =>
      write(
        'latin1.xes',
        Buffer.concat([
          Buffer.from(
            log(
              `\t<trace>\n\t\t<string key="concept:name" value="t"/>\n${event('caf', '2024-01-01T00:00:00Z')}`,
            ),
          ),
          Buffer.from([0xe9]),
          Buffer.from('\t</trace>\n</log>\n'),
        ]),
      ),
    message: /latin1\.xes, line \d+: the file is not valid UTF-8/,
  },
  {
    name: 'a repeated case after several batches of events',
    path: () => write('late-duplicate.xes', logWithLateDuplicate(12_000)),
    message: /late-duplicate\.xes, line \d+: duplicate event id "case-0\/0" at line \d+ and line \d+/,
  },
  // the trace starts at line 12 of `log`; its name is line 13, the first event's lines from 14 on
  ...(
    [
      ['an activity', event('&lol6;', '2024-01-01T00:00:00Z'), 15],
      [
        'an event attribute',
        event('a', '2024-01-01T00:00:00Z', '\t\t\t<string key="org:resource" value="&lol6;"/>\n'),
        16,
      ],
      ['a case attribute', '\t\t<string key="region" value="&lol6;"/>\n', 14],
      ['a timestamp', event('a', '2024-01-01T00:00:00&lol6;'), 16],
    ] as const
  ).map(([where, body, line]) => ({
    name: `an undefined entity in ${where}`,
    path: () =>
      write(
        'lol.xes',
        log(
          `\t<trace>\n\t\t<string key="concept:name" value="t"/>\n${body}${event('b', '2024-01-01T00:01:00Z')}\t</trace>\n`,
        ),
      ),
    message: new RegExp(`lol\\.xes, line ${line}: undefined entity &lol6;`),
  })),
  {
    name: 'an undefined entity in the log header',
    path: () =>
      write(
        'lol-header.xes',
        log(
          `\t<trace>\n\t\t<string key="concept:name" value="t"/>\n${event('a', '2024-01-01T00:00:00Z')}\t</trace>\n`,
        ).replace('value="UNKNOWN"', 'value="&lol6;"'),
      ),
    message: /lol-header\.xes, line 6: undefined entity &lol6;/,
  },
  {
    name: 'a log whose traces hold no events',
    path: () =>
      write('no-events.xes', log('\t<trace>\n\t\t<string key="concept:name" value="t"/>\n\t</trace>\n')),
    message: /^no-events\.xes: no events$/,
  },
  {
    name: 'a gzip log without traces',
    path: () => write('no-traces.xes.gz', gzipSync(log(''))),
    message: /^no-traces\.xes\.gz: no events$/,
  },
  {
    name: 'a repeated identity:id',
    path: () =>
      write(
        'id-twice.xes',
        log(
          `\t<trace>\n\t\t<string key="concept:name" value="k"/>\n${event('a', '2024-01-01T00:00:00Z', '\t\t\t<id key="identity:id" value="x"/>\n')}${event('b', '2024-01-01T00:01:00Z', '\t\t\t<id key="identity:id" value="x"/>\n')}\t</trace>\n`,
        ),
      ),
    message: /id-twice\.xes, line \d+: duplicate event id "x" at line \d+ and line \d+/,
  },
];

describe('importXesFile(bad input)', () => {
  test.each(badInputs)(
    'importXesFile($name) fails with the precise ImportError and leaves the store unchanged',
    async (input) => {
      const before = await snapshot();
      const attempt = importXesFile(store, 'log', input.path());
      await expect(attempt).rejects.toBeInstanceOf(ImportError);
      await expect(attempt).rejects.toThrow(input.message);
      expect(await snapshot()).toBe(before);
    },
    60_000,
  );
});
