-- Which activities journeys passed before their outcome point, as counts per pattern (never one row per
-- journey). The outcome point of a journey is its last NPS answer ($outcome 'nps' or 'promoter'; journeys
-- without an answer are left out), its first $outcome_activity ('conversion'), or its first complaint
-- ('complaint': an activity in $complaint_activities or complaint property 'true'; the JSON is only parsed
-- on events whose text holds $complaint_needle); for those two, journeys without such an event keep all
-- their events. The outcome flag is: promoter (last answer 9–10), reached the activity, or complained.
-- Activities are numbered by their position in $map_keys (index g, from 0); what a journey passed is the bits of 64-bit
-- words (activity g = bit g % 64 of word g // 64). Rows:
--   kind 'journeys': journeys per (answer, outcome flag) — the totals;
--   kind 'passed': journeys per (word, bits, answer, outcome flag) for the journeys that passed anything
--   (bits as text: they do not fit a double).
-- k is the event order as one value (eventOrderKey, engine/eventOrder.ts), computed on the few rows needed;
-- cut_k is the outcome point's (NULL: no point, every event counts).
WITH answer_points AS (
  SELECT case_id, max(k) AS cut_k, arg_max(nps, k) AS nps,
         coalesce(arg_max(nps, k) >= 9, false) AS outcome
  FROM (SELECT case_id, nps, {{eventOrderKey}} AS k
        FROM {{events}} e
        WHERE $outcome IN ('nps', 'promoter') AND nps IS NOT NULL)
  GROUP BY case_id
), outcome_points AS (
  SELECT case_id,
         min(k) FILTER (WHERE is_outcome) AS cut_k,
         arg_max(nps, k) FILTER (WHERE nps IS NOT NULL) AS nps,
         bool_or(is_outcome) AS outcome
  FROM (SELECT case_id, nps, is_outcome,
               CASE WHEN is_outcome OR nps IS NOT NULL
                    THEN {{eventOrderKey}} END AS k
        FROM (SELECT case_id, ts, seq, nps,
                     CASE $outcome
                       WHEN 'conversion' THEN activity = $outcome_activity
                       ELSE list_contains($complaint_activities, activity)
                            OR CASE WHEN contains(properties, $complaint_needle)
                                    THEN coalesce(json_extract_string(properties, $complaint_path) = 'true', false)
                                    ELSE false END
                     END AS is_outcome
              FROM {{events}} e
              WHERE $outcome IN ('conversion', 'complaint')))
  GROUP BY case_id
), points AS (
  SELECT * FROM answer_points
  UNION ALL
  SELECT * FROM outcome_points
), passed AS (
  -- An activity's number is its position in $map_keys (a list lookup: a join with the key table here made
  -- DuckDB join all events to it before the journeys, twice as slow).
  SELECT case_id, g // 64 AS word, bit_or(CAST(1 AS UBIGINT) << CAST(g % 64 AS UTINYINT)) AS bits
  FROM (SELECT e.case_id, CAST(list_position($map_keys, e.activity) - 1 AS INTEGER) AS g
        FROM {{events}} e
        JOIN points p ON p.case_id = e.case_id
        WHERE p.cut_k IS NULL OR {{eventOrderKey:e}} < p.cut_k)
  WHERE g IS NOT NULL
  GROUP BY case_id, word
)
SELECT 'journeys' AS kind, NULL AS word, NULL AS bits, nps, outcome, count(*) AS journeys
FROM points
GROUP BY ALL
UNION ALL
SELECT 'passed', b.word, CAST(b.bits AS VARCHAR), p.nps, p.outcome, count(*)
FROM passed b JOIN points p ON p.case_id = b.case_id
GROUP BY ALL;
