-- The figures of the measured map (measureJourney.ts) over the journeys jev (their events) and jm (which
-- touchpoint positions their events match), as journeyMatches.duckdb.sql defines ev and matches.
phase_of AS (
  SELECT CAST(unnest($phase_position) AS INTEGER) AS pos, CAST(unnest($phase_index) AS INTEGER) AS phase
), in_scope AS (
  SELECT count(DISTINCT case_id) AS journeys FROM jev
), first_match AS (
  SELECT case_id, pos, min(k) AS first_k, arg_min(ts_ms, k) AS first_ms, count(*) AS matched_events
  FROM jm
  GROUP BY case_id, pos
), case_last AS (
  SELECT case_id, max(pos) AS last_pos FROM first_match GROUP BY case_id
), next_later AS (
  -- the first event after a touchpoint's first match that matches any later touchpoint
  SELECT f.case_id, f.pos, arg_min(m.ts_ms, m.k) AS next_ms
  FROM first_match f
  JOIN jm m ON m.case_id = f.case_id AND m.pos > f.pos AND m.k > f.first_k
  GROUP BY f.case_id, f.pos
), answers AS (
  SELECT case_id,
         arg_max(nps, k) FILTER (WHERE nps IS NOT NULL) AS nps,
         arg_max(csat, k) FILTER (WHERE csat IS NOT NULL) AS csat,
         arg_max(ces, k) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM jev
  WHERE nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL
  GROUP BY case_id
), reached AS (
  -- one row per journey and touchpoint it reaches, and per journey and phase it reaches
  SELECT 'touchpoint' AS kind, f.pos AS idx, f.case_id, f.matched_events,
         c.last_pos > f.pos AS goes_on, n.next_ms - f.first_ms AS to_next_ms
  FROM first_match f
  JOIN case_last c ON c.case_id = f.case_id
  LEFT JOIN next_later n ON n.case_id = f.case_id AND n.pos = f.pos
  UNION ALL
  SELECT DISTINCT 'phase', p.phase, f.case_id, 0, false, NULL
  FROM first_match f JOIN phase_of p ON p.pos = f.pos
)
SELECT r.kind, r.idx,
       count(*) AS journeys,
       coalesce(sum(r.matched_events), 0) AS matched_events,
       count(*) FILTER (WHERE r.goes_on) AS going_on,
       quantile_cont(r.to_next_ms / 1000.0, 0.5) AS median_seconds_to_next,
       coalesce(sum(CASE WHEN a.nps >= 9 THEN 1 ELSE 0 END), 0) AS promoters,
       coalesce(sum(CASE WHEN a.nps >= 7 AND a.nps < 9 THEN 1 ELSE 0 END), 0) AS passives,
       coalesce(sum(CASE WHEN a.nps < 7 THEN 1 ELSE 0 END), 0) AS detractors,
       count(a.csat) AS csat_n,
       avg(a.csat) AS csat_mean,
       stddev_samp(a.csat) AS csat_sd,
       count(a.ces) AS ces_n,
       avg(a.ces) AS ces_mean,
       stddev_samp(a.ces) AS ces_sd,
       (SELECT journeys FROM in_scope) AS journeys_in_scope
FROM reached r
LEFT JOIN answers a ON a.case_id = r.case_id
GROUP BY r.kind, r.idx
UNION ALL
-- the journeys in scope, also when none reaches a touchpoint
SELECT 'scope', 0, journeys, 0, 0, NULL, 0, 0, 0, 0, NULL, NULL, 0, NULL, NULL, journeys FROM in_scope
ORDER BY kind, idx;
