-- Conversion per journey window w (see journeyWindows.ts: a journey is in window w when its first event,
-- {{journeys}}.start_us of journeyTable.duckdb.sql, lies in [$window_from[w], $window_to[w]) ms). Counts as
-- getConversionCounts.duckdb.sql (same parameters): without $from_activity ($has_from false), n = journeys
-- and successes = journeys with a $to_activity event; with it, n = journeys with a $from_activity event and
-- successes = those with a $to_activity event after their first $from_activity in (ts, seq) order. Only the
-- events of the two activities are aggregated, then joined to their journeys' starts.
-- k is the event order as one value (eventOrderKey, engine/eventOrder.ts).
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), steps AS (
  SELECT case_id,
         min(k) FILTER (WHERE activity = $from_activity) AS first_from,
         max(k) FILTER (WHERE activity = $to_activity) AS last_to
  FROM (SELECT case_id, activity, {{eventOrderKey}} AS k
        FROM {{events}} e
        WHERE activity IN ($from_activity, $to_activity))
  GROUP BY case_id
), reached AS (
  -- The journeys of a window that reached the first step ($from_activity, else $to_activity).
  SELECT w.w, s.first_from, s.last_to
  FROM steps s
  JOIN {{journeys}} j ON j.case_id = s.case_id
  JOIN windows w ON j.start_us >= w.from_us AND j.start_us < w.to_us
  WHERE CASE WHEN $has_from THEN s.first_from IS NOT NULL ELSE s.last_to IS NOT NULL END
), reached_counts AS (
  SELECT w, count(*) AS reached,
         count(*) FILTER (WHERE NOT $has_from OR last_to > first_from) AS successes
  FROM reached
  GROUP BY w
), journey_counts AS (
  -- Without $from_activity, n is every journey of the window.
  SELECT w.w, count(*) AS journeys
  FROM {{journeys}} j JOIN windows w ON j.start_us >= w.from_us AND j.start_us < w.to_us
  WHERE NOT $has_from
  GROUP BY w.w
)
SELECT w.w,
       CASE WHEN $has_from THEN coalesce(r.reached, 0) ELSE coalesce(c.journeys, 0) END AS n,
       coalesce(r.successes, 0) AS successes
FROM windows w
LEFT JOIN reached_counts r ON r.w = w.w
LEFT JOIN journey_counts c ON c.w = w.w
ORDER BY w.w;
