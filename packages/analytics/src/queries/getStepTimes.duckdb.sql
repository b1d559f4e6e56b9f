-- Per activity: events, waiting time since the previous event of the case, and duration when a start time is known.
-- Waiting times come from the cached traces in (ts, seq) order (engine/caseTraces.ts); durations need no
-- order and come straight from the events.
WITH waits AS (
  SELECT unnest(acts) AS act,
         unnest(ts_ms) AS ts_ms,
         unnest(list_prepend(CAST(NULL AS BIGINT), ts_ms[1:len(ts_ms) - 1])) AS previous_ms
  FROM {{traces}}
), waiting AS (
  SELECT act,
         count(*) AS events,
         CAST(sum(ts_ms - previous_ms) AS DOUBLE) / count(previous_ms) / 1000.0 AS mean_waiting_seconds,
         quantile_cont((ts_ms - previous_ms) / 1000.0, 0.5) AS median_waiting_seconds
  FROM waits
  GROUP BY act
), durations AS (
  SELECT activity,
         CAST(sum(epoch_ms(ts) - epoch_ms(start_ts)) AS DOUBLE) / count(*) / 1000.0 AS mean_duration_seconds,
         quantile_cont((epoch_ms(ts) - epoch_ms(start_ts)) / 1000.0, 0.5) AS median_duration_seconds
  FROM {{events}} e
  WHERE start_ts IS NOT NULL
  GROUP BY activity
)
SELECT a.activity, w.events, w.mean_waiting_seconds, w.median_waiting_seconds,
       d.mean_duration_seconds, d.median_duration_seconds
FROM waiting w
JOIN {{activities}} a ON a.act = w.act
LEFT JOIN durations d ON d.activity = a.activity
ORDER BY a.activity;
