-- The touchpoint figures of several KPIs per journey window w (getTouchpointKpisByWindow.ts), in one pass: a
-- journey belongs to window w when its first event in scope has $period_from[w] <= ts < $period_to[w] (epoch
-- ms as text, '-inf' / 'inf' for an open end), with all its events (compareWindows' journey windows).
-- Matching is the measured map's (traceMatches.duckdb.sql; the map's touchpoints in designed order, positions
-- 0, 1, …).
--
-- KPI k: $kpi_from[k], its touchpoint (-1: none — every journey in the window counts as reaching it, at its
-- first event), and $kpi_to[k], the conversion target (-1: none). Per journey and KPI: f, the index of its
-- first event matching from; `later`, whether it matches any position after from (at any time: the map's
-- drop-off; from the journey's highest matched position, computed once); the index of the first event after f
-- matching to (the conversion) and the seconds between the two events. (Measured on 10 M events: lambdas over
-- the per-event lists beat one sorted list of position · 2^32 + index codes per journey, 3 s against 4.8 s.)
-- Per event, the KPIs' positions it matches are bits of one BIGINT ($bit_position: position of bit 0, 1, …;
-- at most 62, getTouchpointKpisByWindow.ts splits the KPIs): flat lists instead of a list of positions per
-- event (measured on 10 M events: about a fifth less CPU).
-- Rows: kind 'window' per (w, k) — journeys, reached, dropped (reached and never later), converted, the NPS
-- groups and CSAT / CES n, mean and sample sd of the reaching journeys' last answers (when $with_answers);
-- kind 'time' per (w, k) — the distinct seconds the converted journeys took (ascending) and how many took each.
WITH {{include:traceMatches}}
), periods AS (
  SELECT CAST(f AS DOUBLE) AS from_ms, CAST(t AS DOUBLE) AS to_ms, w
  FROM (SELECT unnest($period_from) AS f, unnest($period_to) AS t, generate_subscripts($period_from, 1) AS w)
), kpis AS (
  SELECT CAST(unnest($kpi_from) AS BIGINT) AS from_pos, CAST(unnest($kpi_to) AS BIGINT) AS to_pos,
         CAST(1 AS BIGINT) << CAST(unnest($kpi_from_bit) AS INTEGER) AS from_mask,
         CAST(1 AS BIGINT) << CAST(unnest($kpi_to_bit) AS INTEGER) AS to_mask,
         generate_subscripts($kpi_from, 1) AS k
), bits AS (
  -- bit b stands for the KPIs' position $bit_position[b + 1]
  SELECT CAST(unnest($bit_position) AS INTEGER) AS pos, CAST(generate_subscripts($bit_position, 1) - 1 AS INTEGER) AS b
), code_bits AS (
  -- bm[x]: the bits of the KPI positions an event at the lookup's place x matches (traceMatches' lk.m[x])
  SELECT list(coalesce(g.mask, 0) ORDER BY r.x) AS bm
  FROM (SELECT generate_subscripts(m, 1) AS x FROM lk) r
  LEFT JOIN (SELECT u.x, bit_or(CAST(1 AS BIGINT) << bits.b) AS mask
             FROM (SELECT x, unnest(ps) AS pos FROM (SELECT generate_subscripts(m, 1) AS x, unnest(m) AS ps FROM lk)) u
             JOIN bits ON bits.pos = u.pos
             GROUP BY u.x) g ON g.x = r.x
), position_bits AS (
  -- pb[pos + 1]: the bit of a position (0: not a KPI's), for the events of the other journeys
  SELECT list(coalesce(CAST(1 AS BIGINT) << bits.b, 0) ORDER BY r.pos) AS pb
  FROM range(0, (SELECT coalesce(max(pos), -1) + 1 FROM tp)) r(pos)
  LEFT JOIN bits ON bits.pos = r.pos
), answers AS (
  SELECT case_id,
         arg_max(nps, {{eventOrderKey}}) FILTER (WHERE nps IS NOT NULL) AS nps,
         arg_max(csat, {{eventOrderKey}}) FILTER (WHERE csat IS NOT NULL) AS csat,
         arg_max(ces, {{eventOrderKey}}) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM {{events}}
  WHERE $with_answers AND (nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL)
  GROUP BY case_id
), windowed AS MATERIALIZED (
  -- per event the bits of the KPI positions it matches: a lookup-only journey (traceMatches.duckdb.sql)
  -- reads them by its events' lookup places
  SELECT p.w, j.case_id, j.ts_ms, list_max(j.evmax) AS last_pos,
         CASE WHEN j.lookup_only THEN list_transform(j.k, x -> cb.bm[x])
              ELSE list_transform(j.mp, ps -> coalesce(list_aggregate(list_transform(ps, q -> pbl.pb[q + 1]), 'bit_or'), 0))
         END AS bm
  FROM journeys j
  JOIN periods p ON j.ts_ms[1] >= p.from_ms AND j.ts_ms[1] < p.to_ms
  CROSS JOIN code_bits cb
  CROSS JOIN position_bits pbl
), reaching AS (
  SELECT x.w, y.k, x.case_id, x.ts_ms, x.bm, x.last_pos, y.from_pos, y.to_pos, y.to_mask,
         CASE WHEN y.from_pos < 0 THEN 1
              ELSE list_position(list_transform(x.bm, v -> v & y.from_mask <> 0), true)
         END AS f
  FROM windowed x CROSS JOIN kpis y
), converting AS (
  SELECT w, k, case_id, ts_ms, f,
         coalesce(last_pos > from_pos, false) AS later,
         CASE WHEN to_pos >= 0
              THEN f + list_position(list_transform(bm[f + 1:], v -> v & to_mask <> 0), true)
         END AS t
  FROM reaching
  WHERE f IS NOT NULL AND f > 0
), timed AS MATERIALIZED (
  -- scalars only from here on (no lists copied per KPI)
  SELECT w, k, case_id, later, t IS NOT NULL AS converted,
         CASE WHEN t IS NOT NULL THEN (ts_ms[t] - ts_ms[f]) / 1000.0 END AS seconds
  FROM converting
), counted AS (
  SELECT t.w, t.k, count(*) AS reached,
         count(*) FILTER (WHERE NOT t.later) AS dropped,
         count(*) FILTER (WHERE t.converted) AS converted,
         count(*) FILTER (WHERE a.nps >= 9) AS promoters,
         count(*) FILTER (WHERE a.nps >= 7 AND a.nps < 9) AS passives,
         count(*) FILTER (WHERE a.nps < 7) AS detractors,
         count(a.csat) AS csat_n, avg(a.csat) AS csat_mean, stddev_samp(a.csat) AS csat_sd,
         count(a.ces) AS ces_n, avg(a.ces) AS ces_mean, stddev_samp(a.ces) AS ces_sd
  FROM timed t
  LEFT JOIN answers a ON a.case_id = t.case_id
  GROUP BY t.w, t.k
), in_window AS (
  SELECT w, count(*) AS journeys FROM windowed GROUP BY w
)
SELECT 'window' AS kind, p.w, y.k, coalesce(i.journeys, 0) AS journeys, coalesce(c.reached, 0) AS reached,
       coalesce(c.dropped, 0) AS dropped, coalesce(c.converted, 0) AS converted,
       NULL::DOUBLE[] AS seconds, NULL::BIGINT[] AS seconds_journeys,
       coalesce(c.promoters, 0) AS promoters, coalesce(c.passives, 0) AS passives,
       coalesce(c.detractors, 0) AS detractors,
       coalesce(c.csat_n, 0) AS csat_n, c.csat_mean, c.csat_sd, coalesce(c.ces_n, 0) AS ces_n, c.ces_mean, c.ces_sd
FROM periods p
CROSS JOIN kpis y
LEFT JOIN in_window i ON i.w = p.w
LEFT JOIN counted c ON c.w = p.w AND c.k = y.k
UNION ALL
-- one row per (w, k) with lists, not one per distinct time: hundreds of thousands of rows cost seconds to read
SELECT 'time', w, k, 0, 0, 0, 0, list(seconds ORDER BY seconds), list(journeys ORDER BY seconds),
       0, 0, 0, 0, NULL, NULL, 0, NULL, NULL
FROM (SELECT w, k, seconds, count(*) AS journeys
      FROM timed
      WHERE converted
      GROUP BY w, k, seconds)
GROUP BY w, k
ORDER BY 1 DESC, 2, 3;
