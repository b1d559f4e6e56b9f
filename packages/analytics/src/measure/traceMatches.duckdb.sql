-- The journeys in scope and, per event, the touchpoint positions it matches, over the cached per-case traces
-- (`journeys`: c the trace's rowid, case_id, acts, ts_ms; per event its lowest and highest position, evmin
-- and evmax; and what gives every position: k and m, or mp — see `journeys` below). Included by
-- measureMap.duckdb.sql and countMatches.duckdb.sql (ends inside the WITH list: the includer goes on with
-- `), next AS (…`).
--
-- Matching. An event matches a position when its activity is one of the position's ($tp_position /
-- $tp_activity: one pair per activity) and every condition of the position holds ($cond_*: one row per
-- condition, compileMatchers.ts). Positions with no property condition are looked up per event from its
-- activity and channel codes (`lk`: one list of positions per (activity, channel) code pair, the channel
-- code 0 standing for "no channel"); the events of positions with property conditions are read from the
-- events once and known by their seq (`passing`), which the traces carry (`ss`).
-- A condition is data, not SQL: one row per condition ($cond_*), held or not by matcherConditionHolds.duckdb.sql.
--
-- Window. Only the journeys whose first event in scope has $window_from <= ts < $window_to (epoch ms as text,
-- '-inf' / 'inf' for an open end) count, with all their events (compareWindows' journey windows).
tp AS (
  SELECT CAST(unnest($tp_position) AS INTEGER) AS pos, unnest($tp_activity) AS activity
), conds AS (
  SELECT CAST(unnest($cond_position) AS INTEGER) AS pos, unnest($cond_op) AS op, unnest($cond_path) AS path,
         unnest($cond_text) AS txt, TRY_CAST(unnest($cond_number) AS DOUBLE) AS num
), property_positions AS (
  SELECT DISTINCT pos FROM conds WHERE op <> 'channel'
), lookup AS (
  -- positions without conditions: every channel code, and 0 (no channel)
  SELECT a.act, cc.ch, tp.pos
  FROM tp
  JOIN {{activities}} a ON a.activity = tp.activity
  CROSS JOIN (SELECT ch FROM {{channels}} UNION ALL SELECT 0) cc
  WHERE tp.pos NOT IN (SELECT pos FROM conds)
  UNION ALL
  -- positions with a channel condition only: the channels it names
  SELECT a.act, c.ch, tp.pos
  FROM tp
  JOIN {{activities}} a ON a.activity = tp.activity
  JOIN conds d ON d.pos = tp.pos AND d.op = 'channel'
  JOIN {{channels}} c ON list_contains(string_split(d.txt, chr(31)), c.channel)
  WHERE tp.pos NOT IN (SELECT pos FROM property_positions)
), width AS (
  SELECT (SELECT coalesce(max(ch), 0) + 1 FROM {{channels}}) AS w,
         (SELECT coalesce(max(act), 0) + 1 FROM {{activities}}) AS acts
), lk AS (
  -- m[act * w + ch + 1]: the positions an event with these codes matches (ch 0: no channel); mn, mx: the
  -- lowest and the highest of them (NULL: none)
  SELECT any_value(width.w) AS w, list(coalesce(g.ps, []::INTEGER[]) ORDER BY r.k) AS m,
         list(g.ps[1] ORDER BY r.k) AS mn, list(g.ps[-1] ORDER BY r.k) AS mx
  FROM width
  CROSS JOIN range(0, width.acts * width.w) r(k)
  LEFT JOIN (SELECT act * (SELECT w FROM width) + ch AS k, list(DISTINCT pos ORDER BY pos) AS ps
             FROM lookup GROUP BY 1) g ON g.k = r.k
), candidates AS (
  SELECT e.case_id, e.seq, tp.pos
  FROM {{events}} e
  JOIN tp ON tp.activity = e.activity
  SEMI JOIN property_positions pp ON pp.pos = tp.pos
), failed AS (
  SELECT e.seq, tp.pos
  FROM {{events}} e
  JOIN tp ON tp.activity = e.activity
  JOIN (SELECT *, CASE WHEN op = 'channel' THEN NULL ELSE path END AS json_path FROM conds) d ON d.pos = tp.pos
  SEMI JOIN property_positions pp ON pp.pos = tp.pos
  WHERE NOT (
    {{include:matcherConditionHolds}}
  )
), passing AS (
  -- per case, the seqs of its events that match a position with property conditions, and that position
  SELECT c.case_id, list(c.seq) AS seqs, list(c.pos) AS poss
  FROM candidates c
  ANTI JOIN failed f ON f.seq = c.seq AND f.pos = c.pos
  GROUP BY c.case_id
), journeys AS (
  -- the journeys in scope (in the window), with per event its lowest and highest position (evmin, evmax;
  -- NULL: it matches none). A journey without an event matching a position with property conditions
  -- (lookup_only: the usual case) needs only the lookup: k holds per event its place in the lookup's lists
  -- (act * w + ch + 1; computed once from list_zip: a lambda that reads a second list by index costs more).
  -- For the others mp holds per event every position it matches (the lookup's and those of its passing
  -- events, unordered; NULL in a lookup-only journey).
  SELECT c, case_id, acts, ts_ms, k, m, lookup_only, mp,
         CASE WHEN lookup_only THEN list_transform(k, x -> mn[x])
              ELSE list_transform(mp, ps -> list_min(ps)) END AS evmin,
         CASE WHEN lookup_only THEN list_transform(k, x -> mx[x])
              ELSE list_transform(mp, ps -> list_max(ps)) END AS evmax
  FROM (SELECT t.rowid AS c, t.case_id, t.acts, t.ts_ms,
               list_transform(list_zip(t.acts, t.chs), x -> x[1] * lk.w + coalesce(x[2], 0) + 1) AS k,
               lk.m, lk.mn, lk.mx, p.seqs IS NULL AS lookup_only,
               CASE WHEN p.seqs IS NOT NULL
                    THEN list_transform(t.acts, (a, i) -> list_concat(
                           lk.m[a * lk.w + coalesce(t.chs[i], 0) + 1],
                           list_filter(p.poss, (q, qi) -> p.seqs[qi] = t.ss[i]))) END AS mp
        FROM {{fullTraces}} t
        CROSS JOIN lk
        LEFT JOIN passing p ON p.case_id = t.case_id
        WHERE t.ts_ms[1] >= CAST($window_from AS DOUBLE) AND t.ts_ms[1] < CAST($window_to AS DOUBLE))
