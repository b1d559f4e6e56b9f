import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import { bindTables } from '../cx/bindTables.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { column, decodeColumns } from './columns.js';
import { defineQuery, type QueryDefinition } from './defineQuery.js';
import { getBackend, runQuery } from './runQuery.js';

/** A query whose SQL file is written into a temp folder (beside a module that does not exist). */
function queryFile(name: string, sql: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-query-'));
  writeFileSync(join(dir, `${name}.duckdb.sql`), sql);
  return pathToFileURL(join(dir, `${name}.ts`)).href;
}

const caseSteps = defineQuery(
  'caseSteps',
  queryFile(
    'caseSteps',
    `-- The steps of each case in event order, leaving out $skip, of the cases with at least $min_events events.
SELECT case_id, list(activity ORDER BY {{eventOrder}}) AS steps, count(*) AS events
FROM {{events}} e
WHERE activity <> $skip
GROUP BY case_id
HAVING count(*) >= $min_events
ORDER BY case_id`,
  ),
  {
    params: { skip: 'text', min_events: 'number' },
    decode: decodeColumns({
      caseId: column.text('case_id'),
      steps: column.textList('steps'),
      events: column.number('events'),
    }),
  },
);

const scope = { dataset: 'log' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  // B's two events share a timestamp and arrive in reverse: seq (arrival order) decides.
  await importEvents(
    store,
    'log',
    toBatches([
      makeRow('A', 'visit', 0),
      makeRow('A', 'pay', 60),
      makeRow('A', 'mail', 90),
      makeRow('B', 'search', 10),
      makeRow('B', 'visit', 10),
    ]),
  );
});
afterAll(() => store.close());

describe('runQuery', () => {
  test('runs the query on the store’s backend and decodes every row into its typed row', async () => {
    expect(getBackend(store)).toBe('duckdb');
    const rows = await runQuery(store, caseSteps, scope, {}, { skip: 'mail', min_events: 1 });
    expectTypeOf(rows).toEqualTypeOf<{ caseId: string; steps: string[]; events: number }[]>();
    expect(rows).toEqual([
      { caseId: 'A', steps: ['visit', 'pay'], events: 2 },
      { caseId: 'B', steps: ['search', 'visit'], events: 2 },
    ]);
    expect(
      await runQuery(store, caseSteps, scope, { channels: ['none'] }, { skip: '', min_events: 1 }),
    ).toEqual([]);
  });

  test('parameters are typed and checked: every name the SQL binds, of its kind, nothing else', async () => {
    expectTypeOf<Parameters<typeof caseSteps.encodeParams>[0]>().toEqualTypeOf<{
      skip: string;
      min_events: number;
    }>();
    await expect(
      // @ts-expect-error min_events is a number
      runQuery(store, caseSteps, scope, {}, { skip: 'mail', min_events: '1' }),
    ).rejects.toThrow('caseSteps: parameter min_events must be number');
    await expect(
      // @ts-expect-error the query has no parameter limit
      runQuery(store, caseSteps, scope, {}, { skip: 'mail', min_events: 1, limit: 3 }),
    ).rejects.toThrow('caseSteps has no parameter limit');
    await expect(
      // @ts-expect-error skip is missing
      runQuery(store, caseSteps, scope, {}, { min_events: 1 }),
    ).rejects.toThrow('caseSteps: parameter skip must be text');
    // @ts-expect-error the parameters are required
    await expect(runQuery(store, caseSteps, scope, {})).rejects.toThrow(/parameter/);
  });

  test('a query without parameters takes none', async () => {
    const count = defineQuery(
      'countEvents',
      queryFile('countEvents', 'SELECT count(*) AS n FROM {{events}} e'),
      {
        decode: decodeColumns({ n: column.number('n') }),
      },
    );
    expect(await runQuery(store, count, scope)).toEqual([{ n: 5 }]);
    // @ts-expect-error no parameters
    await expect(runQuery(store, count, scope, {}, { n: 1 })).rejects.toThrow(
      'countEvents has no parameter n',
    );
  });

  test('a SQL file that binds other names than the query declares is an error when it is read', async () => {
    const drifted = defineQuery(
      'drifted',
      queryFile('drifted', 'SELECT count(*) AS n FROM {{events}} e LIMIT $max_rows'),
      { params: { limit: 'number' }, decode: decodeColumns({ n: column.number('n') }) },
    );
    await expect(runQuery(store, drifted, scope, {}, { limit: 1 })).rejects.toThrow(
      'drifted.duckdb.sql binds [max_rows] but the query declares [limit]',
    );
  });

  test('bindTables keeps the parameters and rows of the query', () => {
    const bound = bindTables(caseSteps, { journeys: 'trailmap_journeys_0' });
    expectTypeOf(bound).toEqualTypeOf<typeof caseSteps>();
    expectTypeOf(bound).toMatchTypeOf<
      QueryDefinition<
        { skip: string; min_events: number },
        { caseId: string; steps: string[]; events: number }
      >
    >();
  });
});
