-- Paths from (or to) an anchor activity: the `depth` events after its first (before its last) occurrence
-- in each case, as Sankey nodes (offset, activity) and links between consecutive offsets.
-- Works on the cached per-case traces (engine/caseTraces.ts): each case's window is a slice of its code list.
WITH anchor AS (
  SELECT coalesce((SELECT act FROM {{activities}} WHERE activity = $anchor), -1) AS code
), anchored AS (
  SELECT acts,
         CASE WHEN $forward THEN first_pos ELSE len(acts) + 1 - list_position(list_reverse(acts), code) END AS anchor_pos
  FROM (SELECT t.acts, a.code, list_position(t.acts, a.code) AS first_pos FROM {{traces}} t, anchor a)
  WHERE first_pos IS NOT NULL
), windows AS (
  SELECT CASE WHEN $forward THEN acts[anchor_pos:anchor_pos + CAST($depth AS BIGINT)]
              ELSE acts[greatest(anchor_pos - CAST($depth AS BIGINT), 1):anchor_pos] END AS w,
         CASE WHEN $forward THEN 0
              ELSE greatest(anchor_pos - CAST($depth AS BIGINT), 1) - anchor_pos END AS first_offset
  FROM anchored
), nodes AS (
  SELECT CAST(first_offset + generate_subscripts(w, 1) - 1 AS INTEGER) AS offset_steps, unnest(w) AS act
  FROM windows
), links AS (
  SELECT CAST(first_offset + generate_subscripts(w[2:], 1) - 1 AS INTEGER) AS from_offset,
         unnest(w[1:len(w) - 1]) AS from_act,
         unnest(w[2:]) AS to_act
  FROM windows
  WHERE len(w) > 1
), counted AS (
  SELECT 'node' AS kind, offset_steps AS from_offset, act AS from_act,
         CAST(NULL AS INTEGER) AS to_offset, CAST(NULL AS INTEGER) AS to_act, count(*) AS cases
  FROM nodes GROUP BY offset_steps, act
  UNION ALL
  SELECT 'link', from_offset, from_act, from_offset + 1, to_act, count(*)
  FROM links GROUP BY from_offset, from_act, to_act
)
SELECT c.kind, c.from_offset, f.activity AS from_activity, c.to_offset, t.activity AS to_activity, c.cases
FROM counted c
JOIN {{activities}} f ON f.act = c.from_act
LEFT JOIN {{activities}} t ON t.act = c.to_act
ORDER BY kind DESC, from_offset, cases DESC, from_activity, to_activity;
