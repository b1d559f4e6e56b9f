-- The events of the journeys in scope (ev, k ordering them by (ts, seq) as one value) and which touchpoint
-- positions each matches (matches). An event matches a position when its activity is one of the matcher's
-- ($tp_position/$tp_activity: one pair per activity) and every condition of that position holds
-- ($cond_*: one row per condition, compileMatchers.ts). A condition is data, not SQL: 'channel' (the event's
-- channel is one of the \x1f-separated names in cond_text) or a property condition on the JSON path
-- cond_path: 'eq'/'ne'/'in'/'contains' compare text (ne holds when the property is missing), 'gt'/'lt' a
-- number (cond_number) or an instant (cond_text); a property that is missing or unreadable never holds.
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
  SELECT {{eventOrderKey:c}} AS k, tp.pos
  FROM {{events}} c
  JOIN tp ON tp.activity = c.activity
  JOIN (SELECT *, CASE WHEN op = 'channel' THEN NULL ELSE path END AS json_path FROM conds) d ON d.pos = tp.pos
  WHERE NOT coalesce(
    CASE d.op
      WHEN 'channel' THEN list_contains(string_split(d.txt, chr(31)), c.channel)
      WHEN 'eq' THEN json_extract_string(c.properties, d.json_path) = d.txt
      WHEN 'ne' THEN json_extract_string(c.properties, d.json_path) IS DISTINCT FROM d.txt
      WHEN 'in' THEN list_contains(string_split(d.txt, chr(31)), json_extract_string(c.properties, d.json_path))
      WHEN 'contains' THEN contains(json_extract_string(c.properties, d.json_path), d.txt)
      WHEN 'gt' THEN CASE WHEN d.num IS NOT NULL
                          THEN TRY_CAST(json_extract_string(c.properties, d.json_path) AS DOUBLE) > d.num
                          ELSE TRY_CAST(json_extract_string(c.properties, d.json_path) AS TIMESTAMPTZ)
                               > TRY_CAST(d.txt AS TIMESTAMPTZ) END
      WHEN 'lt' THEN CASE WHEN d.num IS NOT NULL
                          THEN TRY_CAST(json_extract_string(c.properties, d.json_path) AS DOUBLE) < d.num
                          ELSE TRY_CAST(json_extract_string(c.properties, d.json_path) AS TIMESTAMPTZ)
                               < TRY_CAST(d.txt AS TIMESTAMPTZ) END
    END, false)
), matches AS (
  SELECT c.case_id, c.k, c.ts_ms, c.pos
  FROM candidates c
  ANTI JOIN failed f ON f.k = c.k AND f.pos = c.pos
