-- Journeys with an NPS answer, grouped by which of $activities they passed before their last answer:
-- one row per pattern with the count, Σy and Σy² of y = the answer ($target 'nps') or the promoter flag.
-- The last answer is found on the answered events only; the events before it are then read with a join
-- on the journey (no window over all events), keeping only the rows of $activities. k and cut_k are event
-- order keys (eventOrderKey, engine/eventOrder.ts): cut_k is the last answer's.
WITH points AS (
  SELECT case_id, max(k) AS cut_k, arg_max(nps, k) AS nps
  FROM (SELECT case_id, nps, {{eventOrderKey}} AS k
        FROM {{events}} e
        WHERE nps IS NOT NULL)
  GROUP BY case_id
), passed AS (
  SELECT e.case_id, list_sort(list_distinct(list(e.activity))) AS passed
  FROM {{events}} e
  JOIN points p ON p.case_id = e.case_id
  WHERE list_contains($activities, e.activity)
    AND {{eventOrderKey:e}} < p.cut_k
  GROUP BY e.case_id
), patterns AS (
  SELECT coalesce(b.passed, []) AS passed,
         CASE WHEN $target = 'promoter' THEN CAST(p.nps >= 9 AS DOUBLE) ELSE p.nps END AS y
  FROM points p LEFT JOIN passed b ON b.case_id = p.case_id
)
SELECT passed, count(*) AS journeys, sum(y) AS y_sum, sum(y * y) AS y_square_sum
FROM patterns
GROUP BY passed;
