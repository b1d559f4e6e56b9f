-- Patterns for the touchpoint drivers of a map (measureDrivers.ts): per journey its outcome y and the
-- touchpoints it reached before it — before its last answer (outcome 'nps', 'csat' or 'ces'; journeys with
-- an answer only), or, for 'conversion' (every journey in scope; y = 1 when it reaches position
-- $target_pos), before its first event matching the target (all it reached when it never converts). The
-- journeys are counted per (reached positions, y).
WITH {{include:journeyMatches}}
), scored AS (
  SELECT case_id, k, CASE $outcome WHEN 'nps' THEN nps WHEN 'csat' THEN csat WHEN 'ces' THEN ces END AS score
  FROM ev
  WHERE $outcome IN ('nps', 'csat', 'ces')
), outcomes AS (
  SELECT case_id, CAST(arg_max(score, k) AS DOUBLE) AS y, max(k) AS cut_k
  FROM scored
  WHERE score IS NOT NULL
  GROUP BY case_id
  UNION ALL
  SELECT c.case_id, CASE WHEN t.first_k IS NULL THEN 0.0 ELSE 1.0 END,
         -- a journey that never converts keeps all it reached: a cut after every event
         coalesce(t.first_k, CAST('170141183460469231731687303715884105727' AS HUGEINT))
  FROM (SELECT DISTINCT case_id FROM ev WHERE $outcome = 'conversion') c
  LEFT JOIN (SELECT case_id, min(k) AS first_k FROM matches WHERE pos = $target_pos GROUP BY case_id) t
    ON t.case_id = c.case_id
), passed AS (
  SELECT o.case_id, o.y,
         coalesce(list_sort(list(DISTINCT m.pos) FILTER (WHERE m.pos IS NOT NULL)), []::INTEGER[]) AS positions
  FROM outcomes o
  -- a plain comparison of the two sides: anything else (an OR, an expression of both) makes DuckDB join
  -- every pair of rows
  LEFT JOIN matches m
    ON m.case_id = o.case_id AND m.pos <> $target_pos AND m.k < o.cut_k
  GROUP BY o.case_id, o.y
)
SELECT positions, y, count(*) AS journeys
FROM passed
GROUP BY positions, y;
