-- A cut of a base trace set (caseTraces.ts): each case keeps the events that pass the event-level
-- filter ({{keep}}, a predicate on the position i in the base lists; their order is kept), then the cases
-- with events left whose kept lists pass the case-level conditions ({{cases}}) stay. A cut has no channel
-- codes: no query reads them (they are only there to cut by), and one list fewer is a third less work.
CREATE TEMP TABLE {{traces}} AS
SELECT case_id, k_acts AS acts, k_ts_ms AS ts_ms
FROM (
  SELECT case_id,
         {{keepActs}} AS k_acts,
         {{keepTs}} AS k_ts_ms
  FROM {{base}}
) kept
WHERE len(k_acts) > 0 AND {{cases}};
