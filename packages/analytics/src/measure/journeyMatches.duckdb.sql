-- The events of the journeys in scope (ev, k ordering them by (ts, seq) as one value) and which touchpoint
-- positions each matches (matches). An event matches a position when its activity is one of the matcher's
-- ($tp_position/$tp_activity: one pair per activity) and every condition of that position holds
-- ($cond_*: one row per condition, compileMatchers.ts). A condition is data, not SQL, held or not by
-- matcherConditionHolds.duckdb.sql.
tp AS (
  SELECT CAST(unnest($tp_position) AS INTEGER) AS pos, unnest($tp_activity) AS activity
), conds AS (
  SELECT CAST(unnest($cond_position) AS INTEGER) AS pos, unnest($cond_op) AS op, unnest($cond_path) AS path,
         unnest($cond_text) AS txt, TRY_CAST(unnest($cond_number) AS DOUBLE) AS num
), ev AS (
  SELECT e.case_id, e.ts, e.activity, e.nps, e.csat, e.ces, {{eventOrderKey:e}} AS k
  FROM {{events}} e
), candidates AS (
  SELECT e.case_id, {{eventOrderKey:e}} AS k, epoch_ms(e.ts) AS ts_ms, tp.pos
  FROM {{events}} e JOIN tp ON tp.activity = e.activity
), failed AS (
  -- only the events of positions with conditions are read with their channel and properties
  SELECT {{eventOrderKey:e}} AS k, tp.pos
  FROM {{events}} e
  JOIN tp ON tp.activity = e.activity
  JOIN (SELECT *, CASE WHEN op = 'channel' THEN NULL ELSE path END AS json_path FROM conds) d ON d.pos = tp.pos
  WHERE NOT (
    {{include:matcherConditionHolds}}
  )
), matches AS (
  SELECT c.case_id, c.k, c.ts_ms, c.pos
  FROM candidates c
  ANTI JOIN failed f ON f.k = c.k AND f.pos = c.pos
