-- The events of the journeys in scope (ev, with k ordering them by (ts, seq) as one number) and which
-- touchpoint positions each matches (matches): an event matches a position when its activity is one of the
-- matcher's ($tp_activity lists each (position, activity) pair) and the matcher's other conditions
-- (the conditions placeholder: compiled per position with bound values, compileMatchers.ts) hold.
tp AS (
  SELECT CAST(unnest($tp_position) AS INTEGER) AS pos, unnest($tp_activity) AS activity
), ev AS (
  SELECT e.case_id, e.ts, e.activity, e.channel, e.properties, e.nps, e.csat, e.ces,
         CAST(epoch_us(e.ts) AS HUGEINT) * 18446744073709551616 + e.seq AS k
  FROM {{events}} e
), matches AS (
  SELECT ev.case_id, ev.k, epoch_ms(ev.ts) AS ts_ms, tp.pos
  FROM ev JOIN tp ON tp.activity = ev.activity
  WHERE {{conditions}}
