-- The measured map (measureMap.ts, docs/measured-map.md) in one pass over the cached per-case traces: per
-- touchpoint position and per phase the journeys reaching it, their matched events, how many go on to a
-- later position, the median time to the next later match and the journeys' last answers; and the
-- conformance counts (journeys following the designed order, steps between first-reached positions, spans
-- for the skipped touchpoints, unmatched activities between two matched events). Which events match which
-- positions, and the window: traceMatches.duckdb.sql.
--
-- Per case the lists stay lists: the case's (event index, position) pairs as one integer each, built in
-- event order (so already in time order: no sort), and of those the first of each position (a first
-- match); "the next later match" of a first match is the first later event whose highest matched position
-- is above it (a scan of the rest of the case).
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
  -- kt: the case's (event index, position) pairs as index * 2^20 + position, in event order and within an
  -- event by position; pt: their positions
  SELECT c, acts, ts_ms, nps, csat, ces, evmin, evmax, kt, list_transform(kt, v -> v % 1048576) AS pt
  FROM (SELECT j.c, j.acts, j.ts_ms, a.nps, a.csat, a.ces, j.evmin, j.evmax,
               CASE WHEN j.lookup_only
                    THEN flatten(list_transform(j.k, (x, i) -> list_transform(j.m[x], p -> i * 1048576 + p)))
                    ELSE flatten(list_transform(j.mp, (ps, i) -> list_transform(list_sort(ps), p -> i * 1048576 + p)))
               END AS kt
        FROM journeys j
        LEFT JOIN answers a ON a.case_id = j.case_id)
), reaching AS MATERIALIZED (
  -- every journey in scope (n = 0: it reaches no touchpoint); ft: the pairs of kt that are the first of
  -- their position, in time order; positions: theirs; follows: whether they never go back to an earlier
  -- designed position (only a journey whose first and last are its lowest and highest can: the rest is
  -- not sorted to see)
  SELECT *, CASE WHEN positions[1] = first_pos AND positions[-1] = last_pos THEN positions = list_sort(positions)
                 ELSE false END AS follows
  FROM (SELECT *, list_min(positions) AS first_pos, list_max(positions) AS last_pos
        FROM (SELECT *, list_transform(ft, v -> CAST(v % 1048576 AS INTEGER)) AS positions
              FROM (SELECT c, acts, ts_ms, nps, csat, ces, evmin, evmax, pt, len(kt) AS n,
                           list_filter(kt, (v, q) -> list_position(pt, v % 1048576) = q) AS ft
                    FROM matched)))
), reached AS (
  -- per reached position: p and the index of its first matching event (i)
  SELECT first_pos, last_pos, ts_ms, evmax,
         CAST(v % 1048576 AS INTEGER) AS p, CAST(v // 1048576 AS INTEGER) AS i
  FROM (SELECT first_pos, last_pos, ts_ms, evmax, unnest(ft) AS v
        FROM reaching
        WHERE n > 0)
), pair_counts AS (
  -- per position the events matching it (each pair is one)
  SELECT CAST(p AS INTEGER) AS p, count(*) AS matched_events
  FROM (SELECT unnest(pt) AS p FROM reaching WHERE n > 0)
  GROUP BY 1
), reached_figures AS (
  SELECT p,
         last_pos > p AS goes_on,
         p > first_pos AND p < last_pos AS inner_reach,
         -- none after the highest position the journey reaches: no scan
         CASE WHEN last_pos > p
              THEN ts_ms[i + list_position(list_transform(evmax[i + 1:], m -> m > p), true)] - ts_ms[i] END AS to_next_ms
  FROM reached
), scored AS (
  -- the reached positions of the journeys with an answer (the scores' rows)
  SELECT nps, csat, ces, unnest(positions) AS p
  FROM reaching
  WHERE n > 0 AND (nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL)
), phase_list AS (
  -- pl[pos + 1]: the phase of a position (NULL: in none)
  SELECT list(ph.phase ORDER BY r.pos) AS pl
  FROM range(0, (SELECT coalesce(max(CAST(p AS INTEGER)), -1) + 1 FROM (SELECT unnest($phase_position) AS p))) r(pos)
  LEFT JOIN (SELECT CAST(unnest($phase_position) AS INTEGER) AS pos, CAST(unnest($phase_index) AS INTEGER) AS phase) ph
    ON ph.pos = r.pos
), phases_reached AS (
  SELECT nps, csat, ces,
         unnest(list_distinct(ph)) AS phase
  FROM (SELECT r.nps, r.csat, r.ces, list_transform(r.positions, p -> pl.pl[p + 1]) AS ph
        FROM reaching r CROSS JOIN phase_list pl
        WHERE r.n > 0)
), ordered AS (
  -- each reaching journey's positions in the order of their first matching events
  SELECT positions, follows, first_pos, last_pos
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
                    WHERE n > 0 AND list_count(evmin) < len(acts)))) u
  JOIN {{activities}} a ON a.act = u.act
  GROUP BY a.activity, u.before_pos, u.after_pos
  ORDER BY journeys DESC, events DESC, a.activity, u.before_pos, u.after_pos
  LIMIT $unmatched_limit
)
SELECT 'touchpoint' AS kind, f.p AS idx, -1 AS idx2, '' AS activity,
       f.journeys, me.matched_events, f.going_on, f.inner_journeys, f.median_seconds_to_next,
       coalesce(s.promoters, 0) AS promoters, coalesce(s.passives, 0) AS passives,
       coalesce(s.detractors, 0) AS detractors, coalesce(s.csat_n, 0) AS csat_n, s.csat_mean, s.csat_sd,
       coalesce(s.ces_n, 0) AS ces_n, s.ces_mean, s.ces_sd,
       0 AS events
FROM (SELECT p, count(*) AS journeys,
             count(*) FILTER (WHERE goes_on) AS going_on,
             count(*) FILTER (WHERE inner_reach) AS inner_journeys,
             quantile_cont(to_next_ms / 1000.0, 0.5) AS median_seconds_to_next
      FROM reached_figures
      GROUP BY p) f
JOIN pair_counts me ON me.p = f.p
LEFT JOIN (SELECT p,
                  count(*) FILTER (WHERE nps >= 9) AS promoters,
                  count(*) FILTER (WHERE nps >= 7 AND nps < 9) AS passives,
                  count(*) FILTER (WHERE nps < 7) AS detractors,
                  count(csat) AS csat_n, avg(csat) AS csat_mean, stddev_samp(csat) AS csat_sd,
                  count(ces) AS ces_n, avg(ces) AS ces_mean, stddev_samp(ces) AS ces_sd
           FROM scored
           GROUP BY p) s ON s.p = f.p
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
       (SELECT count(*) FILTER (WHERE follows) FROM ordered),
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
