-- Directly-follows graph: each pair of consecutive events in a case, ordered by (ts, seq).
WITH ordered AS (
  SELECT activity,
         epoch_ms(ts) AS ts_ms,
         lead(activity) OVER w AS next_activity,
         epoch_ms(lead(ts) OVER w) AS next_ts_ms
  FROM {{events}} e
  WINDOW w AS (PARTITION BY case_id ORDER BY ts, seq)
)
SELECT activity AS from_activity,
       next_activity AS to_activity,
       count(*) AS edge_count,
       avg((next_ts_ms - ts_ms) / 1000.0) AS mean_seconds,
       quantile_cont((next_ts_ms - ts_ms) / 1000.0, 0.5) AS median_seconds
FROM ordered
WHERE next_activity IS NOT NULL
GROUP BY activity, next_activity
ORDER BY edge_count DESC, from_activity, to_activity;
