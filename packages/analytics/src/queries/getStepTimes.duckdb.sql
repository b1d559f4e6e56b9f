-- Per activity: events, waiting time since the previous event of the case, and duration when a start time is known.
WITH ordered AS (
  SELECT activity,
         epoch_ms(ts) AS ts_ms,
         epoch_ms(start_ts) AS start_ms,
         epoch_ms(lag(ts) OVER (PARTITION BY case_id ORDER BY ts, seq)) AS previous_ms
  FROM {{events}} e
)
SELECT activity,
       count(*) AS events,
       avg((ts_ms - previous_ms) / 1000.0) AS mean_waiting_seconds,
       quantile_cont((ts_ms - previous_ms) / 1000.0, 0.5) AS median_waiting_seconds,
       avg((ts_ms - start_ms) / 1000.0) AS mean_duration_seconds,
       quantile_cont((ts_ms - start_ms) / 1000.0, 0.5) AS median_duration_seconds
FROM ordered
GROUP BY activity
ORDER BY activity;
