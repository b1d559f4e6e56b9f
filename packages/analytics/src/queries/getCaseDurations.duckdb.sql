-- Case durations (first to last event) with summary statistics and an equal-width histogram.
WITH durations AS (
  SELECT case_id, (epoch_ms(max(ts)) - epoch_ms(min(ts))) / 1000.0 AS seconds
  FROM {{events}} e
  GROUP BY case_id
), summary AS (
  SELECT count(*) AS cases,
         avg(seconds) AS mean_seconds,
         quantile_cont(seconds, 0.5) AS median_seconds,
         quantile_cont(seconds, 0.9) AS p90_seconds,
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
SELECT s.*, b.bin, b.bin_cases
FROM summary s LEFT JOIN bins b ON true
ORDER BY b.bin;
