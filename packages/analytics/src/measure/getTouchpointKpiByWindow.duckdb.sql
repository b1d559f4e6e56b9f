-- The touchpoint figures of a KPI per journey window w (getTouchpointKpiByWindow.ts): a journey belongs to
-- window w when its first event in scope has $period_from[w] <= ts < $period_to[w] (epoch ms as text, '-inf' /
-- 'inf' for an open end), with all its events (compareWindows' journey windows). Matching is the measured
-- map's (traceMatches.duckdb.sql; the map's touchpoints in designed order, positions 0, 1, …).
--
-- $from_pos: the KPI's touchpoint (-1: none — every journey in the window counts as reaching it, f = 1).
-- Per journey: f, the index of its first event matching $from_pos; `later`, whether any of its events matches
-- a position after $from_pos (at any time: the map's drop-off); and, when $to_pos >= 0, the index of the
-- first event after f matching $to_pos (the conversion) and the seconds between the two events.
-- Rows: kind 'window' per w — journeys, reached, dropped (reached and never later), converted, the NPS groups
-- and CSAT / CES n, mean and sample sd of the reaching journeys' last answers (when $with_answers); kind
-- 'time' per w and distinct seconds — how many converted journeys took that long.
WITH {{include:traceMatches}}
), periods AS (
  SELECT CAST(f AS DOUBLE) AS from_ms, CAST(t AS DOUBLE) AS to_ms, w
  FROM (SELECT unnest($period_from) AS f, unnest($period_to) AS t, generate_subscripts($period_from, 1) AS w)
), answers AS (
  SELECT case_id,
         arg_max(nps, {{eventOrderKey}}) FILTER (WHERE nps IS NOT NULL) AS nps,
         arg_max(csat, {{eventOrderKey}}) FILTER (WHERE csat IS NOT NULL) AS csat,
         arg_max(ces, {{eventOrderKey}}) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM {{events}}
  WHERE $with_answers AND (nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL)
  GROUP BY case_id
), windowed AS MATERIALIZED (
  SELECT p.w, j.case_id, j.mp, j.ts_ms,
         CASE WHEN $from_pos < 0 THEN 1
              ELSE list_position(list_transform(j.mp, ps -> list_contains(ps, CAST($from_pos AS INTEGER))), true)
         END AS f
  FROM journeys j
  JOIN periods p ON j.ts_ms[1] >= p.from_ms AND j.ts_ms[1] < p.to_ms
), reaching AS MATERIALIZED (
  SELECT w, case_id, f, ts_ms,
         list_bool_or(list_transform(mp, ps -> list_bool_or(list_transform(ps, q -> q > $from_pos)))) AS later,
         CASE WHEN $to_pos < 0 THEN NULL
              ELSE list_position(list_transform(mp[f + 1:], ps -> list_contains(ps, CAST($to_pos AS INTEGER))), true)
         END AS step
  FROM windowed
  WHERE f IS NOT NULL AND f > 0
), timed AS (
  SELECT w, case_id, coalesce(later, false) AS later, step IS NOT NULL AND step > 0 AS converted,
         CASE WHEN step > 0 THEN (ts_ms[f + step] - ts_ms[f]) / 1000.0 END AS seconds
  FROM reaching
), counted AS (
  SELECT t.w, count(*) AS reached,
         count(*) FILTER (WHERE NOT t.later) AS dropped,
         count(*) FILTER (WHERE t.converted) AS converted,
         count(*) FILTER (WHERE a.nps >= 9) AS promoters,
         count(*) FILTER (WHERE a.nps >= 7 AND a.nps < 9) AS passives,
         count(*) FILTER (WHERE a.nps < 7) AS detractors,
         count(a.csat) AS csat_n, avg(a.csat) AS csat_mean, stddev_samp(a.csat) AS csat_sd,
         count(a.ces) AS ces_n, avg(a.ces) AS ces_mean, stddev_samp(a.ces) AS ces_sd
  FROM timed t
  LEFT JOIN answers a ON a.case_id = t.case_id
  GROUP BY t.w
), in_window AS (
  SELECT w, count(*) AS journeys FROM windowed GROUP BY w
)
SELECT 'window' AS kind, p.w, coalesce(i.journeys, 0) AS journeys, coalesce(c.reached, 0) AS reached,
       coalesce(c.dropped, 0) AS dropped, coalesce(c.converted, 0) AS converted, NULL::DOUBLE AS seconds,
       coalesce(c.promoters, 0) AS promoters, coalesce(c.passives, 0) AS passives,
       coalesce(c.detractors, 0) AS detractors,
       coalesce(c.csat_n, 0) AS csat_n, c.csat_mean, c.csat_sd, coalesce(c.ces_n, 0) AS ces_n, c.ces_mean, c.ces_sd
FROM periods p
LEFT JOIN in_window i ON i.w = p.w
LEFT JOIN counted c ON c.w = p.w
UNION ALL
SELECT 'time', w, count(*), 0, 0, 0, seconds, 0, 0, 0, 0, NULL, NULL, 0, NULL, NULL
FROM timed
WHERE converted
GROUP BY w, seconds
ORDER BY 1 DESC, 2, 7;
