import { describe, expect, test } from 'vitest';
import { boundParamNames, listDefinedQueries } from './defineQuery.js';

describe('defineQuery', () => {
  test('boundParamNames: the $names outside comments, without the adapter’s own $f_…', () => {
    expect(
      boundParamNames(`-- $commented
SELECT $b, $a, json_extract(p, '$.x'), $a FROM t WHERE d = $f_dataset -- $also_commented`),
    ).toEqual(['a', 'b']);
  });

  test('every query of the package declares exactly the $names its SQL binds', async () => {
    await import('../index.js');
    const queries = listDefinedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(28);
    for (const query of queries)
      expect([query.name, boundParamNames(query.readSql('duckdb'))]).toEqual([
        query.name,
        Object.keys(query.params).sort(),
      ]);
  });
});
