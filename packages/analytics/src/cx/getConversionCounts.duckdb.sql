-- Conversion per journey window w (see journeyWindows.ts: when windowed, a journey is in window w when
-- its first event lies in [$window_from[w], $window_to[w]) ms; without it every journey is in window 1).
-- Without $from_activity ($has_from false): n = journeys, successes = journeys with a $to_activity event. With it: n =
-- journeys with a $from_activity event, successes = those with a $to_activity event after their first $from_activity in (ts, seq)
-- order — what getFunnel counts for the loose funnel [$from_activity, $to_activity] without a time limit.
-- k orders events by (ts, seq) as one number (microseconds · 2^64 + seq), computed on the two activities only.
WITH windows AS (
  SELECT CAST(f AS DOUBLE) * 1000 AS from_us, CAST(t AS DOUBLE) * 1000 AS to_us, w
  FROM (SELECT unnest($window_from) AS f, unnest($window_to) AS t, generate_subscripts($window_from, 1) AS w)
), per_case AS (
  SELECT min(ts) AS start_ts,
         min(k) FILTER (WHERE activity = $from_activity) AS first_from,
         max(k) FILTER (WHERE activity = $to_activity) AS last_to
  FROM (SELECT case_id, ts, activity,
               CASE WHEN activity = $from_activity OR activity = $to_activity
                    THEN CAST(epoch_us(ts) AS HUGEINT) * 18446744073709551616 + seq END AS k
        FROM {{events}} e)
  GROUP BY case_id
), journeys AS (
  SELECT w.w, c.first_from, c.last_to
  FROM per_case c JOIN windows w ON epoch_us(c.start_ts) >= w.from_us AND epoch_us(c.start_ts) < w.to_us
)
SELECT w.w,
       count(j.w) FILTER (WHERE NOT $has_from OR j.first_from IS NOT NULL) AS n,
       count(j.w) FILTER (WHERE CASE WHEN $has_from THEN j.last_to > j.first_from ELSE j.last_to IS NOT NULL END)
         AS successes
FROM windows w LEFT JOIN journeys j ON j.w = w.w
GROUP BY w.w
ORDER BY w.w;
