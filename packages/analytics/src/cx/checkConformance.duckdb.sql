-- The distinct activity sequences (variants) of the journeys in scope, in (ts, seq) order, with how many
-- journeys follow each; activities in $ignored are left out. Conformance is assessed per variant in TS.
WITH per_case AS (
  SELECT case_id, list(activity ORDER BY {{eventOrder}}) FILTER (WHERE NOT list_contains($ignored, activity)) AS activities
  FROM {{events}} e
  GROUP BY case_id
)
SELECT coalesce(activities, []) AS activities, count(*) AS journeys
FROM per_case
GROUP BY activities;
