-- How many journeys gave each answer of one score ($score: 'nps', 'csat' or 'ces'); a journey's answer is
-- its last one in (ts, seq) order. With $passed set, only journeys that have an event of that activity.
-- One row per journey window w and answer (see journeyWindows.ts: with $windowed a journey is in window w
-- when its first event lies in [$window_from[w], $window_to[w]) ms, and one aggregate over all events gives
-- each journey its start and answer; without it every journey is in window 1 and only the answered events
-- are aggregated).
-- k orders events by (ts, seq) as one number (microseconds · 2^64 + seq), computed on the answers only.
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), scored AS (
  SELECT case_id, ts, activity, score,
         CASE WHEN score IS NOT NULL THEN CAST(epoch_us(ts) AS HUGEINT) * 18446744073709551616 + seq END AS k
  FROM (SELECT case_id, ts, seq, activity, CASE $score WHEN 'nps' THEN nps WHEN 'csat' THEN csat ELSE ces END AS score
        FROM {{events}} e)
), answers AS (
  SELECT case_id, arg_max(score, k) AS score
  FROM scored
  WHERE NOT $windowed AND score IS NOT NULL
  GROUP BY case_id
), kept AS (
  SELECT 1 AS w, score FROM answers WHERE $passed = ''
  UNION ALL
  SELECT 1, score FROM answers a
  WHERE $passed <> '' AND a.case_id IN (SELECT case_id FROM {{events}} e WHERE NOT $windowed AND activity = $passed)
), per_case AS (
  SELECT min(ts) AS start_ts, arg_max(score, k) FILTER (WHERE score IS NOT NULL) AS score,
         $passed = '' OR bool_or(activity = $passed) AS passed
  FROM scored
  WHERE $windowed
  GROUP BY case_id
), journeys AS (
  SELECT w.w, c.score
  FROM per_case c JOIN windows w ON epoch_us(c.start_ts) >= w.from_us AND epoch_us(c.start_ts) < w.to_us
  WHERE c.score IS NOT NULL AND c.passed
  UNION ALL
  SELECT w, score FROM kept
)
SELECT w, score, count(*) AS journeys
FROM journeys
GROUP BY w, score
ORDER BY w, score;
