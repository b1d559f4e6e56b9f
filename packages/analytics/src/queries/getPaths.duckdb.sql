-- Paths from (or to) an anchor activity: the `depth` events after its first (before its last) occurrence
-- in each case, as Sankey nodes (offset, activity) and links between consecutive offsets.
WITH ev AS (
  SELECT case_id, activity, row_number() OVER (PARTITION BY case_id ORDER BY ts, seq) AS pos
  FROM {{events}} e
), anchors AS (
  SELECT case_id, CASE WHEN $forward THEN min(pos) ELSE max(pos) END AS anchor_pos
  FROM ev WHERE activity = $anchor GROUP BY case_id
), near AS (
  SELECT ev.case_id, ev.activity, CAST(ev.pos - a.anchor_pos AS INTEGER) AS offset_steps
  FROM ev JOIN anchors a ON a.case_id = ev.case_id
  WHERE CASE WHEN $forward THEN ev.pos - a.anchor_pos BETWEEN 0 AND $depth
             ELSE a.anchor_pos - ev.pos BETWEEN 0 AND $depth END
)
SELECT 'node' AS kind, offset_steps AS from_offset, activity AS from_activity,
       CAST(NULL AS INTEGER) AS to_offset, CAST(NULL AS VARCHAR) AS to_activity, count(*) AS cases
FROM near GROUP BY offset_steps, activity
UNION ALL
SELECT 'link', a.offset_steps, a.activity, b.offset_steps, b.activity, count(*)
FROM near a JOIN near b ON b.case_id = a.case_id AND b.offset_steps = a.offset_steps + 1
GROUP BY a.offset_steps, a.activity, b.offset_steps, b.activity
ORDER BY kind DESC, from_offset, cases DESC, from_activity, to_activity;
