-- Conversion of the journeys in scope (the journey windows of compareWindows are
-- getConversionCountsByWindow.duckdb.sql). Without $from_activity ($has_from false): n = journeys, successes
-- = journeys with a $to_activity event. With it: n = journeys with a $from_activity event, successes = those
-- with a $to_activity event after their first $from_activity in (ts, seq) order — what getFunnel counts for
-- the loose funnel [$from_activity, $to_activity] without a time limit.
-- k is the event order as one value (eventOrderKey, engine/eventOrder.ts), computed on the two activities only.
WITH per_case AS (
  SELECT min(k) FILTER (WHERE activity = $from_activity) AS first_from,
         max(k) FILTER (WHERE activity = $to_activity) AS last_to
  FROM (SELECT case_id, activity,
               CASE WHEN activity = $from_activity OR activity = $to_activity
                    THEN {{eventOrderKey}} END AS k
        FROM {{events}} e)
  GROUP BY case_id
)
SELECT count(*) FILTER (WHERE NOT $has_from OR first_from IS NOT NULL) AS n,
       count(*) FILTER (WHERE CASE WHEN $has_from THEN last_to > first_from ELSE last_to IS NOT NULL END)
         AS successes
FROM per_case;
