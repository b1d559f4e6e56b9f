-- How many journeys gave each answer of one score ($score: 'nps', 'csat' or 'ces'); a journey's answer is
-- its last one in (ts, seq) order. With $passed set, only journeys that have an event of that activity.
-- Only the answered events are aggregated (the journey windows of compareWindows are
-- getScoreCountsByWindow.duckdb.sql).
WITH answers AS (
  SELECT case_id, arg_max(score, {{eventOrderKey}}) AS score
  FROM (SELECT case_id, ts, seq, CASE $score WHEN 'nps' THEN nps WHEN 'csat' THEN csat ELSE ces END AS score
        FROM {{events}} e)
  WHERE score IS NOT NULL
  GROUP BY case_id
), kept AS (
  SELECT score FROM answers WHERE $passed = ''
  UNION ALL
  SELECT score FROM answers a
  WHERE $passed <> '' AND a.case_id IN (SELECT case_id FROM {{events}} e WHERE activity = $passed)
)
SELECT score, count(*) AS journeys
FROM kept
GROUP BY score
ORDER BY score;
