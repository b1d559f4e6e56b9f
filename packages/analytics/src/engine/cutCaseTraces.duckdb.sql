-- A cut of a base trace set (caseTraces.ts): each case keeps the events that pass the event-level
-- filter ({{keep}}, a predicate on the position i in the base lists; their order is kept), then the cases
-- with events left whose kept lists pass the case-level conditions ({{cases}}) stay. A lean cut has no
-- channel codes and seqs (most queries read neither, and two lists fewer is half the work); a full cut
-- ({{keepChs}} and {{keepSs}} are lists, not NULL) keeps them for the queries that match touchpoints.
CREATE TEMP TABLE {{traces}} AS
SELECT case_id, k_acts AS acts, k_ts_ms AS ts_ms, k_chs AS chs, k_ss AS ss
FROM (
  SELECT case_id,
         {{keepActs}} AS k_acts,
         {{keepTs}} AS k_ts_ms,
         {{keepChs}} AS k_chs,
         {{keepSs}} AS k_ss
  FROM {{base}}
) kept
WHERE len(k_acts) > 0 AND {{cases}};
