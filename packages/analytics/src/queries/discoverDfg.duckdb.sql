-- Directly-follows graph: each pair of consecutive events in a case, ordered by (ts, seq).
-- Reads the cached per-case traces (engine/caseTraces.ts): the pairs are the case's code list zipped with
-- itself shifted by one, grouped on integer codes; names are joined to the (few) edges at the end.
WITH pairs AS (
  SELECT unnest(acts[1:len(acts) - 1]) AS from_act,
         unnest(acts[2:]) AS to_act,
         unnest(ts_ms[1:len(ts_ms) - 1]) AS ts_ms,
         unnest(ts_ms[2:]) AS next_ts_ms
  FROM {{traces}}
  WHERE len(acts) > 1
), edges AS (
  SELECT from_act, to_act,
         count(*) AS edge_count,
         -- an exact integer sum divided once: the same bits whatever the threads' order
         CAST(sum(next_ts_ms - ts_ms) AS DOUBLE) / count(*) / 1000.0 AS mean_seconds,
         quantile_cont((next_ts_ms - ts_ms) / 1000.0, 0.5) AS median_seconds
  FROM pairs
  GROUP BY from_act, to_act
)
SELECT f.activity AS from_activity,
       t.activity AS to_activity,
       edge_count, mean_seconds, median_seconds
FROM edges
JOIN {{activities}} f ON f.act = edges.from_act
JOIN {{activities}} t ON t.act = edges.to_act
ORDER BY edge_count DESC, from_activity, to_activity;
