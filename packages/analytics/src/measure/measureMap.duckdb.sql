-- The measured map (measureMap.ts, docs/measured-map.md) in one pass over the cached per-case traces: per
-- touchpoint position and per phase the journeys reaching it, their matched events, how many go on to a
-- later position, the median time to the next later match and the journeys' last answers; and the
-- conformance counts (journeys following the designed order, steps between first-reached positions, spans
-- for the skipped touchpoints, unmatched activities between two matched events). Which events match which
-- positions, and the window: traceMatches.duckdb.sql.
--
-- Per case the lists stay lists: a first match is (position, index of its first matching event), found by
-- sorting the case's (position, index) pairs as one integer each; "the next later match" of a first match
-- is the first later event whose highest matched position is above it (a scan of the rest of the case).
WITH {{include:traceMatches}}
), answers AS (
  SELECT case_id,
         arg_max(nps, {{eventOrderKey}}) FILTER (WHERE nps IS NOT NULL) AS nps,
         arg_max(csat, {{eventOrderKey}}) FILTER (WHERE csat IS NOT NULL) AS csat,
         arg_max(ces, {{eventOrderKey}}) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM {{events}} e
  WHERE nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL
  GROUP BY case_id
), matched AS (
  -- fm: the case's (position, event index) pairs as position * 2^32 + index, sorted
  SELECT j.c, j.acts, j.ts_ms, a.nps, a.csat, a.ces,
         list_transform(j.mp, ps -> list_min(ps)) AS evmin,
         list_transform(j.mp, ps -> list_max(ps)) AS evmax,
         list_sort(flatten(list_transform(j.mp, (ps, i) -> list_transform(ps, p -> p * 4294967296 + i)))) AS fm
  FROM journeys j
  LEFT JOIN answers a ON a.case_id = j.case_id
), firsts AS (
  -- fk: the places in fm of each position's first match (fm is sorted by position, then index)
  SELECT *, len(fm) AS n,
         list_filter(range(1, len(fm) + 1), k -> k = 1 OR fm[k - 1] // 4294967296 <> fm[k] // 4294967296) AS fk
  FROM matched
), reaching AS MATERIALIZED (
  -- every journey in scope (n = 0: it reaches no touchpoint); per reached position (fp, in designed order)
  -- the index of its first matching event (fi) and how many of the journey's events match it (fn)
  SELECT c, acts, ts_ms, nps, csat, ces, evmin, evmax, n,
         fm[1] // 4294967296 AS first_pos, fm[n] // 4294967296 AS last_pos,
         list_transform(fk, k -> CAST(fm[k] // 4294967296 AS INTEGER)) AS fp,
         list_transform(fk, k -> CAST(fm[k] % 4294967296 AS INTEGER)) AS fi,
         list_transform(fk, (k, q) -> coalesce(fk[q + 1], n + 1) - k) AS fn
  FROM firsts
), reached AS (
  SELECT nps, csat, ces, first_pos, last_pos, ts_ms, evmax,
         unnest(fp) AS p, unnest(fi) AS i, unnest(fn) AS matched_events
  FROM reaching
  WHERE n > 0
), reached_figures AS (
  SELECT nps, csat, ces, p, matched_events,
         last_pos > p AS goes_on,
         p > first_pos AND p < last_pos AS inner_reach,
         ts_ms[i + list_position(list_transform(evmax[i + 1:], m -> m > p), true)] - ts_ms[i] AS to_next_ms
  FROM reached
), phase_list AS (
  -- pl[pos + 1]: the phase of a position (NULL: in none)
  SELECT list(ph.phase ORDER BY r.pos) AS pl
  FROM range(0, (SELECT coalesce(max(CAST(p AS INTEGER)), -1) + 1 FROM (SELECT unnest($phase_position) AS p))) r(pos)
  LEFT JOIN (SELECT CAST(unnest($phase_position) AS INTEGER) AS pos, CAST(unnest($phase_index) AS INTEGER) AS phase) ph
    ON ph.pos = r.pos
), phases_reached AS (
  SELECT r.nps, r.csat, r.ces,
         unnest(list_distinct(list_filter(list_transform(r.fp, p -> pl.pl[p + 1]), v -> v IS NOT NULL))) AS phase
  FROM reaching r CROSS JOIN phase_list pl
  WHERE r.n > 0
), ordered AS (
  -- each reaching journey's positions in the order of their first matching events
  SELECT list_transform(list_sort(list_transform(fp, (p, q) -> CAST(fi[q] AS BIGINT) * 1048576 + p)),
                        y -> CAST(y % 1048576 AS INTEGER)) AS positions,
         first_pos, last_pos
  FROM reaching
  WHERE n > 0
), unmatched AS (
  -- the activities of unmatched events between two matched ones, with the lowest positions of those two
  SELECT a.activity, u.before_pos, u.after_pos, count(DISTINCT u.c) AS journeys, count(*) AS events
  FROM (SELECT c, evmin[g.a] AS before_pos, evmin[g.b] AS after_pos, unnest(acts[g.a + 1:g.b - 1]) AS act
        FROM (SELECT c, acts, evmin,
                     unnest(list_filter(list_transform(mi[2:], (b, q) -> {'a': mi[q], 'b': b}), g -> g.b > g.a + 1)) AS g
              FROM (SELECT c, acts, evmin,
                           list_filter(list_transform(evmin, (m, i) -> CASE WHEN m IS NULL THEN NULL ELSE i END),
                                       i -> i IS NOT NULL) AS mi
                    FROM reaching
                    WHERE n > 0 AND n < len(acts)))) u
  JOIN {{activities}} a ON a.act = u.act
  GROUP BY a.activity, u.before_pos, u.after_pos
  ORDER BY journeys DESC, events DESC, a.activity, u.before_pos, u.after_pos
  LIMIT $unmatched_limit
)
SELECT 'touchpoint' AS kind, p AS idx, -1 AS idx2, '' AS activity,
       count(*) AS journeys,
       sum(matched_events) AS matched_events,
       count(*) FILTER (WHERE goes_on) AS going_on,
       count(*) FILTER (WHERE inner_reach) AS inner_journeys,
       quantile_cont(to_next_ms / 1000.0, 0.5) AS median_seconds_to_next,
       count(*) FILTER (WHERE nps >= 9) AS promoters,
       count(*) FILTER (WHERE nps >= 7 AND nps < 9) AS passives,
       count(*) FILTER (WHERE nps < 7) AS detractors,
       count(csat) AS csat_n, avg(csat) AS csat_mean, stddev_samp(csat) AS csat_sd,
       count(ces) AS ces_n, avg(ces) AS ces_mean, stddev_samp(ces) AS ces_sd,
       0 AS events
FROM reached_figures
GROUP BY p
UNION ALL
SELECT 'phase', phase, -1, '', count(*), 0, 0, 0, NULL,
       count(*) FILTER (WHERE nps >= 9), count(*) FILTER (WHERE nps >= 7 AND nps < 9),
       count(*) FILTER (WHERE nps < 7),
       count(csat), avg(csat), stddev_samp(csat), count(ces), avg(ces), stddev_samp(ces), 0
FROM phases_reached
GROUP BY phase
UNION ALL
-- the journeys in scope (going_on: of those, the ones reaching a touchpoint; inner: the ones following the
-- designed order)
SELECT 'scope', 0, -1, '', (SELECT count(*) FROM reaching), (SELECT count(*) FROM reaching WHERE n > 0), 0,
       (SELECT count(*) FILTER (WHERE positions = list_sort(positions)) FROM ordered),
       NULL, 0, 0, 0, 0, NULL, NULL, 0, NULL, NULL, 0
UNION ALL
-- consecutive first-reached positions (-1: the journey's start or end)
SELECT 'edge', e.from_pos, e.to_pos, '', count(*), 0, 0, 0, NULL, 0, 0, 0, 0, NULL, NULL, 0, NULL, NULL, 0
FROM (SELECT unnest(list_concat([-1], positions)) AS from_pos, unnest(list_concat(positions, [-1])) AS to_pos
      FROM ordered) e
GROUP BY e.from_pos, e.to_pos
UNION ALL
-- the journeys per (first, last) position reached: those between that are not reached are skipped
SELECT 'span', first_pos, last_pos, '', count(*), 0, 0, 0, NULL, 0, 0, 0, 0, NULL, NULL, 0, NULL, NULL, 0
FROM ordered
WHERE last_pos - first_pos > 1
GROUP BY first_pos, last_pos
UNION ALL
SELECT 'unmatched', before_pos, after_pos, activity, journeys, 0, 0, 0, NULL, 0, 0, 0, 0, NULL, NULL, 0, NULL,
       NULL, events
FROM unmatched
ORDER BY kind, idx, idx2, activity;
