-- How many journeys gave each answer of one score ($score: 'nps', 'csat' or 'ces'); a journey's answer is
-- its last one in (ts, seq) order. With $passed set, only journeys that have an event of that activity.
WITH per_case AS (
  SELECT case_id,
         last(CASE $score WHEN 'nps' THEN nps WHEN 'csat' THEN csat ELSE ces END ORDER BY ts, seq)
           FILTER (WHERE (CASE $score WHEN 'nps' THEN nps WHEN 'csat' THEN csat ELSE ces END) IS NOT NULL) AS score
  FROM {{events}} e
  GROUP BY case_id
  HAVING $passed = '' OR bool_or(activity = $passed)
)
SELECT score, count(*) AS journeys
FROM per_case
WHERE score IS NOT NULL
GROUP BY score
ORDER BY score;
