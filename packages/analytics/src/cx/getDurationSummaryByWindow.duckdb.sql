-- Journey durations (first to last event, seconds): count, mean and sample standard deviation, one row per
-- journey window w (see journeyWindows.ts: a journey is in window w when its first event lies in
-- [$window_from[w], $window_to[w]) ms). Durations need every event of every journey, so this query
-- aggregates the events itself (its first event is the start of {{journeys}}, which it does not read).
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), per_case AS (
  SELECT min(ts) AS start_ts, (epoch_ms(max(ts)) - epoch_ms(min(ts))) / 1000.0 AS seconds
  FROM {{events}} e
  GROUP BY case_id
), journeys AS (
  SELECT w.w, c.seconds
  FROM per_case c JOIN windows w ON epoch_us(c.start_ts) >= w.from_us AND epoch_us(c.start_ts) < w.to_us
)
SELECT w.w, count(j.seconds) AS n, avg(j.seconds) AS mean_seconds, stddev_samp(j.seconds) AS sd_seconds
FROM windows w LEFT JOIN journeys j ON j.w = w.w
GROUP BY w.w
ORDER BY w.w;
