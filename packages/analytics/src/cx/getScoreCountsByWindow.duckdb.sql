-- How many journeys gave each answer of one score, one row per journey window w and answer (see
-- journeyWindows.ts: a journey is in window w when its first event lies in [$window_from[w], $window_to[w])
-- ms). The answers come from {{answers}} (answerTable.duckdb.sql: per answered journey its last answer in
-- (ts, seq) order and its start); with $passed set, only journeys that have an event of that activity count.
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), kept AS (
  SELECT score, start_us FROM {{answers}} WHERE $passed = ''
  UNION ALL
  SELECT score, start_us FROM {{answers}}
  WHERE $passed <> '' AND case_id IN (SELECT case_id FROM {{events}} e WHERE activity = $passed)
)
SELECT w.w, a.score, count(*) AS journeys
FROM kept a JOIN windows w ON a.start_us >= w.from_us AND a.start_us < w.to_us
GROUP BY w.w, a.score
ORDER BY w.w, a.score;
