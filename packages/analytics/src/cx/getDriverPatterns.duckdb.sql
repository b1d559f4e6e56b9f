-- Journeys with an NPS answer, grouped by which of $activities they passed before their last answer:
-- one row per pattern with the count, Σy and Σy² of y = the answer ($target 'nps') or the promoter flag.
WITH ev AS (
  SELECT case_id, activity, nps,
         row_number() OVER (PARTITION BY case_id ORDER BY ts, seq) AS pos
  FROM {{events}} e
), per_case AS (
  SELECT case_id,
         max(pos) FILTER (WHERE nps IS NOT NULL) AS cutoff,
         last(nps ORDER BY pos) FILTER (WHERE nps IS NOT NULL) AS nps
  FROM ev GROUP BY case_id
  HAVING count(nps) > 0
), patterns AS (
  SELECT c.case_id,
         CASE WHEN $target = 'promoter' THEN CAST(c.nps >= 9 AS DOUBLE) ELSE c.nps END AS y,
         list_sort(list_distinct(list(ev.activity) FILTER (WHERE ev.pos < c.cutoff AND list_contains($activities, ev.activity)))) AS passed
  FROM per_case c JOIN ev ON ev.case_id = c.case_id
  GROUP BY c.case_id, c.nps
)
SELECT passed, count(*) AS journeys, sum(y) AS y_sum, sum(y * y) AS y_square_sum
FROM patterns
GROUP BY passed;
