-- Journey durations (first to last event, seconds): count, mean and sample standard deviation (the journey
-- windows of compareWindows are getDurationSummaryByWindow.duckdb.sql).
WITH per_case AS (
  SELECT (epoch_ms(max(ts)) - epoch_ms(min(ts))) / 1000.0 AS seconds
  FROM {{events}} e
  GROUP BY case_id
)
SELECT count(seconds) AS n, avg(seconds) AS mean_seconds, stddev_samp(seconds) AS sd_seconds
FROM per_case;
