-- Case durations (first to last event) with summary statistics and an equal-width histogram.
-- Each cached trace (engine/caseTraces.ts) is in (ts, seq) order: its first and last timestamps are its min and max.
WITH durations AS (
  SELECT (ts_ms[-1] - ts_ms[1]) / 1000.0 AS seconds, ts_ms[-1] - ts_ms[1] AS ms
  FROM {{traces}}
), summary AS (
  SELECT count(*) AS cases,
         -- an exact integer sum divided once: the same bits whatever the threads' order
         CAST(sum(ms) AS DOUBLE) / count(*) / 1000.0 AS mean_seconds,
         quantile_cont(seconds, [0.5, 0.9]) AS quantiles,
         min(seconds) AS min_seconds,
         max(seconds) AS max_seconds
  FROM durations
), bins AS (
  SELECT least(CAST(floor((d.seconds - s.min_seconds) / ((s.max_seconds - s.min_seconds) / $bins)) AS INTEGER), $bins - 1) AS bin,
         count(*) AS bin_cases
  FROM durations d, summary s
  WHERE s.max_seconds > s.min_seconds
  GROUP BY bin
)
SELECT s.cases, s.mean_seconds, s.quantiles[1] AS median_seconds, s.quantiles[2] AS p90_seconds,
       s.min_seconds, s.max_seconds, b.bin, b.bin_cases
FROM summary s LEFT JOIN bins b ON true
ORDER BY b.bin;
